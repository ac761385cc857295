// Turns what the customer typed into a query plan: one group per meaningful word, each with the
// ways it may match (the word itself, its unfinished prefix, the parts of a compound, a correction
// of a typo, a synonym), and the probes the database evaluates for them.
import { type Passage, passagesOf, segmentsOf } from "./passages.ts";
import type { SynonymDictionary, SynonymTerm } from "./synonyms.ts";
import { readTypedText, stopWords, wordsOf } from "./text-normalization.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** One lookup in the search columns: a stemmed word, or the unstemmed prefix of a half-typed word. */
export interface Probe {
  kind: "stem" | "prefix";
  term: string;
}

/** One way a word may match: all its parts (shares sum to 1), at a discount `factor`. */
export interface Alternative {
  factor: number;
  parts: { probe: number; share: number }[];
}

export interface TermGroup {
  word: string;
  /** How much this word counts towards relevance (rare words more, "werkt" and "lukt" little). */
  weight: number;
  /** Whether some article uses the word (else it weighs fully: the FAQ may not be about it). */
  known: boolean;
  /** Whether it and the word before it are one word written apart ("email adres": "emailadres"). */
  joinsPrevious?: boolean;
  alternatives: Alternative[];
}

export interface QueryPlan {
  probes: Probe[];
  groups: TermGroup[];
  /**
   * The runs of groups scored on their own: one for a short query; for a whole ticket text the
   * subject and the message's sentences (see passages.ts).
   */
  passages: Passage[];
}

// Discounts: a match through anything but the word itself is a little less certain.
export const matchFactors = {
  exact: 1,
  prefix: 0.9,
  compound: 0.9,
  synonym: 0.85,
  /** Times (0.6 + 0.3 × trigram similarity). */
  typo: 1,
} as const;

/** Enough for the 500 characters the form sends; beyond it the text's start (the subject) is kept. */
const MAX_WORDS = 120;
/** From this many words on, a text is read as subject and message passages. */
const MIN_WORDS_FOR_PASSAGES = 10;
const MIN_PREFIX_LENGTH = 3;
const MAX_COMPLETIONS = 3;

export function buildQueryPlan(text: string, vocabulary: Vocabulary, synonyms: SynonymDictionary): QueryPlan {
  const typed = readTypedText(text);
  const segmentOfWord: number[] = [];
  const allWords = segmentsOf(text).flatMap((segment, index) =>
    wordsOf(segment.text).map((word) => {
      segmentOfWord.push(index);
      return word;
    }),
  );
  const words = allWords.slice(0, MAX_WORDS);
  const lastWordUnfinished = typed.lastWordUnfinished && allWords.length <= MAX_WORDS;
  const probes: Probe[] = [];
  const probeIndex = new Map<string, number>();
  const probe = (kind: Probe["kind"], term: string) => {
    const key = `${kind}:${term}`;
    let index = probeIndex.get(key);
    if (index === undefined) {
      index = probes.push({ kind, term }) - 1;
      probeIndex.set(key, index);
    }
    return index;
  };
  const alternativeOf = (allTerms: string[], factor: number): Alternative => {
    // Stop words inside a synonym phrase ("geld terug", "van jullie af") would never match.
    const meaningful = allTerms.filter((term) => !stopWords.has(term));
    const terms = meaningful.length > 0 ? meaningful : allTerms;
    const total = terms.reduce((sum, term) => sum + term.length, 0);
    return {
      factor,
      parts: terms.map((term) => ({ probe: probe("stem", term), share: term.length / total })),
    };
  };
  const synonymAlternatives = (terms: SynonymTerm[], factor: number) =>
    terms.map((term) => alternativeOf(term, factor * matchFactors.synonym));

  const synonymMatches = synonyms.matchesIn(words);
  const groups: TermGroup[] = [];
  const groupSegments: number[] = [];
  words.forEach((word, position) => {
    const unfinished = lastWordUnfinished && position === words.length - 1;
    if (stopWords.has(word) || (unfinished && word.length < MIN_PREFIX_LENGTH)) return;

    const alternatives: Alternative[] = [alternativeOf([word], matchFactors.exact)];
    const completesToKnownWord = unfinished && vocabulary.hasWordStartingWith(word);
    if (unfinished) {
      alternatives.push({ factor: matchFactors.prefix, parts: [{ probe: probe("prefix", word), share: 1 }] });
      // "betali" may become "betaling", whose synonyms ("betalen") are in titles.
      for (const completion of vocabulary.completionsOf(word, MAX_COMPLETIONS)) {
        for (const match of synonyms.matchesIn([completion])) {
          alternatives.push(...synonymAlternatives(match.alternatives, matchFactors.prefix));
        }
      }
    }
    const parts = vocabulary.splitCompound(word);
    if (parts) alternatives.push(alternativeOf(parts, matchFactors.compound));
    for (const match of synonymMatches) {
      if (match.start <= position && position < match.end) {
        alternatives.push(...synonymAlternatives(match.alternatives, 1));
      }
    }
    if (!vocabulary.has(word) && !completesToKnownWord && !parts) {
      for (const similar of vocabulary.similarWords(word)) {
        const factor = matchFactors.typo * (0.6 + 0.3 * similar.similarity);
        alternatives.push(alternativeOf([similar.word], factor));
        for (const match of synonyms.matchesIn([similar.word])) {
          alternatives.push(...synonymAlternatives(match.alternatives, factor));
        }
      }
    }
    const known = vocabulary.has(word) || completesToKnownWord || alternatives.length > 1;
    const previous = words[position - 1];
    const joinsPrevious =
      previous !== undefined && groups.at(-1)?.word === previous && vocabulary.has(previous + word);
    groups.push({
      word,
      weight: weightOf(word, unfinished, vocabulary),
      known,
      alternatives,
      ...(joinsPrevious ? { joinsPrevious } : {}),
    });
    groupSegments.push(segmentOfWord[position] ?? 0);
  });
  const passages = passagesOf(groupSegments, words.length >= MIN_WORDS_FOR_PASSAGES);
  return { probes, groups, passages };
}

/**
 * A finished word weighs by its importance; an unfinished one like the word it most likely becomes
 * (the shortest completion: "gra" is probably "graag", which says little), and never as much as a
 * whole word.
 */
function weightOf(word: string, unfinished: boolean, vocabulary: Vocabulary): number {
  if (!unfinished || vocabulary.has(word)) return vocabulary.importance(word);
  const likely = vocabulary.completionsOf(word, 1)[0];
  return Math.min(likely ? vocabulary.importance(likely) : vocabulary.importance(word), 0.8);
}
