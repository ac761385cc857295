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

  /**
   * One probe's postings (ordinal × 4 + level, best level per article, possibly repeated for a
   * prefix): a stem's own list where it is one lexeme (no copy), else gathered.
   */
  function postingsOf(probe: Probe, stemsOf: StemLookup): readonly number[] {
    if (probe.kind === "prefix") {
      const gathered: number[] = [];
      for (const word of wordsStartingWith(sortedWords, probe.term))
        gathered.push(...(words.get(word) ?? []));
      return gathered;
    }
    const lexemes = stemsOf(probe.term);
    const [first, ...more] = lexemes;
    if (first === undefined) return [];
    const list = stems.get(first) ?? [];
    if (more.length === 0) return list;
    // Several lexemes (rare for one word): the article needs them all, at the lowest of their levels.
    const found = new Map<number, number>();
    for (const entry of list) found.set(entry >> 2, entry & 3);
    for (const lexeme of more) {
      const also = new Map<number, number>();
      for (const entry of stems.get(lexeme) ?? []) also.set(entry >> 2, entry & 3);
      for (const [ordinal, level] of found) {
        const other = also.get(ordinal);
        if (other === undefined) found.delete(ordinal);
        else found.set(ordinal, Math.min(level, other));
      }
    }
    return [...found].map(([ordinal, level]) => ordinal * 4 + level);
  }

  return {
    match(probes, stemsOf, rank) {
      const lists = probes.map((probe) => postingsOf(probe, stemsOf));
      // What the heads are worth, summed per article in one pass over the postings (typed arrays:
      // a long text in a large FAQ touches most articles through some common word); the probes'
      // levels are then gathered for the chosen articles only.
      const worth = new Float64Array(heads.length);
      const seen = new Uint8Array(heads.length);
      let touched: number[] = [];
      lists.forEach((list, index) => {
        const weight = rank?.weights[index] ?? 1;
        for (const entry of list) {
          const ordinal = entry >> 2;
          if (seen[ordinal] === 0) {
            seen[ordinal] = 1;
            touched.push(ordinal);
          }
          worth[ordinal] = (worth[ordinal] ?? 0) + weight * (headFieldValues[entry & 3] ?? 0);
        }
      });
      if (rank && touched.length > rank.limit) {
        // The cut-off by a plain numeric sort; only what is above it is ordered.
        const sorted = Float64Array.from(touched, (ordinal) => worth[ordinal] ?? 0).sort();
        const cutOff = sorted[sorted.length - rank.limit] ?? 0;
        touched = touched
          .filter((ordinal) => (worth[ordinal] ?? 0) >= cutOff)
          .sort((a, b) => (worth[b] ?? 0) - (worth[a] ?? 0) || a - b)
          .slice(0, rank.limit);
      }
      const slot = new Int32Array(heads.length).fill(-1);
      touched.forEach((ordinal, index) => {
        slot[ordinal] = index;
      });
      const levels = touched.map(() => new Array<number>(probes.length).fill(0));
      lists.forEach((list, probe) => {
        for (const entry of list) {
          const row = levels[slot[entry >> 2] ?? -1];
          if (row && (row[probe] ?? 0) < (entry & 3)) row[probe] = entry & 3;
        }
      });
      return touched.map((ordinal, index) => {
        const head = heads[ordinal] as ArticleHead;
        return {
          article: { id: head.id, language: head.language, groupId: head.groupId },
          ordinal,
          levels: levels[index] ?? [],
        };
      });
    },
    versionsOf: (groupId) => versions.get(groupId) ?? new Map(),
  };
}
