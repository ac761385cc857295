// The words of the published FAQ, with how many articles use each: the reference for splitting
// compounds, correcting typos, recognising half-typed words and weighting rare words higher.
import { splitCompound } from "./compound-splitter.ts";
import { wordsStartingWith } from "./sorted-words.ts";
import { lowMeaningWords, stopWords } from "./text-normalization.ts";
import { editDistance, trigramSimilarity, trigramsOf } from "./trigrams.ts";

export interface VocabularyEntry {
  word: string;
  /** Articles that contain the word. */
  documentCount: number;
  /** Whether it occurs in a title or keyword (typo corrections prefer those). */
  inTitleOrKeywords: boolean;
}

export interface SimilarWord {
  word: string;
  similarity: number;
}

/**
 * How much a word of the query counts. A word no article uses still counts: "ssl" or "vps" in a
 * question means the FAQ probably does not answer it.
 */
export const wordWeights = { unknown: 1, lowMeaning: 0.25 };

export interface Vocabulary {
  readonly articleCount: number;
  has(word: string): boolean;
  /** 1 for a word no article uses, lower the more articles use it, small for words with little meaning. */
  importance(word: string): number;
  /** Whether some vocabulary word starts with this unfinished word. */
  hasWordStartingWith(prefix: string): boolean;
  /** Up to `max` vocabulary words that start with this unfinished word, shortest first. */
  completionsOf(prefix: string, max: number): string[];
  /** The vocabulary words this one may be a misspelling of, closest first. */
  similarWords(word: string): SimilarWord[];
  /** The parts of a compound, each a vocabulary word ("bankrekeningnummer" -> bank, rekeningnummer). */
  splitCompound(word: string): string[] | null;
}

export function createVocabulary(
  entries: VocabularyEntry[],
  articleCount: number,
  extraWords: string[] = [],
): Vocabulary {
  const byWord = new Map<string, VocabularyEntry>();
  for (const entry of entries) byWord.set(entry.word, entry);
  for (const word of extraWords) {
    if (!byWord.has(word)) byWord.set(word, { word, documentCount: 0, inTitleOrKeywords: true });
  }
  const sortedWords = [...byWord.keys()].sort();

  // Trigram -> words, built lazily on the first misspelling.
  let wordsByTrigram: Map<string, string[]> | undefined;
  const trigramIndex = () => {
    if (wordsByTrigram) return wordsByTrigram;
    wordsByTrigram = new Map();
    for (const word of byWord.keys()) {
      if (word.length < 3 || /\d/.test(word)) continue;
      for (const gram of trigramsOf(word)) {
        const list = wordsByTrigram.get(gram);
        if (list) list.push(word);
        else wordsByTrigram.set(gram, [word]);
      }
    }
    return wordsByTrigram;
  };

  /** Misspellings are looked up once per word (a text repeats them, and so do customers). */
  const similarByWord = new Map<string, SimilarWord[]>();
  function findSimilarWords(word: string): SimilarWord[] {
    const grams = trigramsOf(word);
    const seen = new Set<string>();
    const found: (SimilarWord & { distance: number; strong: boolean })[] = [];
    for (const gram of grams) {
      for (const candidate of trigramIndex().get(gram) ?? []) {
        if (seen.has(candidate) || candidate === word) continue;
        seen.add(candidate);
        if (Math.abs(candidate.length - word.length) > 2 || stopWords.has(candidate)) continue;
        const similarity = trigramSimilarity(grams, trigramsOf(candidate));
        const maxDistance = word.length >= 8 ? 2 : 1;
        const distance = editDistance(word, candidate, maxDistance);
        // Two edits away only with the same first letter: "instellen" is not "bestellen".
        const close = distance <= 1 || (distance <= maxDistance && candidate[0] === word[0]);
        if (close || similarity >= 0.55) {
          found.push({
            word: candidate,
            similarity,
            distance,
            strong: byWord.get(candidate)?.inTitleOrKeywords ?? false,
          });
        }
      }
    }
    return found
      .sort(
        (a, b) =>
          a.distance - b.distance || Number(b.strong) - Number(a.strong) || b.similarity - a.similarity,
      )
      .slice(0, 2)
      .map(({ word: similar, similarity }) => ({ word: similar, similarity }));
  }

  const splits = new Map<string, string[] | null>();
  return {
    articleCount,
    has: (word) => byWord.has(word),

    importance(word) {
      if (lowMeaningWords.has(word)) return wordWeights.lowMeaning;
      const count = byWord.get(word)?.documentCount ?? 0;
      if (count === 0 || articleCount === 0) return wordWeights.unknown;
      const idf = Math.log((articleCount + 1) / (count + 0.5)) / Math.log((articleCount + 1) / 0.5);
      return 0.4 + 0.6 * Math.max(0, idf);
    },

    hasWordStartingWith(prefix) {
      return !wordsStartingWith(sortedWords, prefix).next().done;
    },

    completionsOf(prefix, max) {
      const found: string[] = [];
      // Bounded scan: a short prefix can start hundreds of words.
      for (const word of wordsStartingWith(sortedWords, prefix)) {
        found.push(word);
        if (found.length === 50) break;
      }
      return found.sort((a, b) => a.length - b.length).slice(0, max);
    },

    similarWords(word) {
      if (word.length < 4 || /\d/.test(word)) return [];
      const known = similarByWord.get(word);
      if (known) return known;
      if (similarByWord.size > 10_000) similarByWord.clear(); // bounded memory under a flood of new words
      const found = findSimilarWords(word);
      similarByWord.set(word, found);
      return found;
    },
    splitCompound(word) {
      let parts = splits.get(word);
      if (parts === undefined) {
        if (splits.size > 10_000) splits.clear(); // bounded memory under a flood of new words
        parts = splitCompound(word, (part) => byWord.has(part));
        splits.set(word, parts);
      }
      return parts;
    },
  };
}
