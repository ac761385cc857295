// The titles and keywords of the published articles, as an inverted index in memory: choosing
// candidates is the costly part of a search in a large FAQ (a common word is in thousands of
// titles), and here it costs no database round trip. Bodies stay in PostgreSQL, read for the
// candidates only.
import type { Probe } from "./query-plan.ts";
import { wordsStartingWith } from "./sorted-words.ts";
import type { StemLookup } from "./word-stems.ts";

/** One published article's title and keyword words, as PostgreSQL's search columns hold them. */
export interface ArticleHead {
  id: string;
  language: "nl" | "en";
  /** The original's id for a translation, else the article's own: one answer, in each language. */
  groupId: string;
  /** Stemmed (faq_dutch) lexemes of the title, and of the keywords. */
  titleStems: string[];
  keywordStems: string[];
  /** Unstemmed (faq_plain) lexemes of the title, and of the keywords: for prefixes. */
  titleWords: string[];
  keywordWords: string[];
}

/** Where a probe matched an article's head: 3 title, 2 keywords (see relevance.ts). */
const TITLE = 3;
const KEYWORDS = 2;

export interface HeadMatch {
  article: Pick<ArticleHead, "id" | "language" | "groupId">;
  /** Position in the index, in the order of the article ids: a cheap, stable tie-breaker. */
  ordinal: number;
  /** Per probe: 3 title, 2 keywords, 0 not in the head. */
  levels: number[];
}

export interface HeadIndex {
  /**
   * Articles whose title or keywords match at least one probe. `stemsOf` gives a stem probe's
   * lexemes (all must match; none: a stop word, which matches nothing).
   */
  match(probes: Probe[], stemsOf: StemLookup, rank?: HeadRanking): HeadMatch[];
  /** The published versions of one answer (an original and its translations), by language. */
  versionsOf(groupId: string): ReadonlyMap<string, string>;
}

/**
 * For long queries in a large FAQ: keep only the `limit` articles whose heads matched the most
 * weight (each probe's `weights[probe]`, times 1 for a title and 0.9 for a keyword match), so that
 * only those get a full evaluation. With `limit` or fewer matches, all are returned.
 */
export interface HeadRanking {
  limit: number;
  weights: readonly number[];
}

const headFieldValues = [0, 0, 0.9, 1];

/** Postings: article ordinal × 4 + level, the best level per article. */
type Postings = Map<string, number[]>;

function addPostings(postings: Postings, lexemes: string[], ordinal: number, level: number) {
  for (const lexeme of lexemes) {
    const list = postings.get(lexeme);
    if (!list) postings.set(lexeme, [ordinal * 4 + level]);
    // Title words are added first: a keyword that is also in the title keeps the title's level.
    else if ((list.at(-1) ?? -4) >> 2 !== ordinal) list.push(ordinal * 4 + level);
  }
}

export function createHeadIndex(heads: ArticleHead[]): HeadIndex {
  const stems: Postings = new Map();
  const words: Postings = new Map();
  heads.forEach((head, ordinal) => {
    addPostings(stems, head.titleStems, ordinal, TITLE);
    addPostings(stems, head.keywordStems, ordinal, KEYWORDS);
    addPostings(words, head.titleWords, ordinal, TITLE);
    addPostings(words, head.keywordWords, ordinal, KEYWORDS);
  });
  const sortedWords = [...words.keys()].sort();
  const versions = new Map<string, Map<string, string>>();
  for (const head of heads) {
    let group = versions.get(head.groupId);
    if (!group) {
      group = new Map();
      versions.set(head.groupId, group);
    }
    group.set(head.language, head.id);
  }

  /** Best level per article ordinal for one probe. */
  function levelsOf(probe: Probe, stemsOf: StemLookup): Map<number, number> {
    const found = new Map<number, number>();
    const take = (list: number[] | undefined, into: Map<number, number>) => {
      for (const entry of list ?? []) {
        const ordinal = entry >> 2;
        const level = entry & 3;
        if ((into.get(ordinal) ?? 0) < level) into.set(ordinal, level);
      }
    };
    if (probe.kind === "prefix") {
      for (const word of wordsStartingWith(sortedWords, probe.term)) take(words.get(word), found);
      return found;
    }
    const lexemes = stemsOf(probe.term);
    if (lexemes.length === 0) return found;
    take(stems.get(lexemes[0] as string), found);
    // Several lexemes (rare for one word): the article needs them all, at the lowest of their levels.
    for (const lexeme of lexemes.slice(1)) {
      const also = new Map<number, number>();
      take(stems.get(lexeme), also);
      for (const [ordinal, level] of found) {
        const other = also.get(ordinal);
        if (other === undefined) found.delete(ordinal);
        else found.set(ordinal, Math.min(level, other));
      }
    }
    return found;
  }

  return {
    match(probes, stemsOf, rank) {
      const found = probes.map((probe) => levelsOf(probe, stemsOf));
      // What the heads are worth, summed per article in one pass over the postings; the probes'
      // levels are then gathered for the chosen articles only (a long text in a large FAQ matches
      // most articles through some common word).
      const worth = new Map<number, number>();
      found.forEach((levels, index) => {
        const weight = rank?.weights[index] ?? 1;
        for (const [ordinal, level] of levels) {
          worth.set(ordinal, (worth.get(ordinal) ?? 0) + weight * (headFieldValues[level] ?? 0));
        }
      });
      let chosen = [...worth.keys()];
      if (rank && chosen.length > rank.limit) {
        chosen = chosen
          .sort((a, b) => (worth.get(b) ?? 0) - (worth.get(a) ?? 0) || a - b)
          .slice(0, rank.limit);
      }
      return chosen.map((ordinal) => {
        const head = heads[ordinal] as ArticleHead;
        return {
          article: { id: head.id, language: head.language, groupId: head.groupId },
          ordinal,
          levels: found.map((levels) => levels.get(ordinal) ?? 0),
        };
      });
    },
    versionsOf: (groupId) => versions.get(groupId) ?? new Map(),
  };
}
