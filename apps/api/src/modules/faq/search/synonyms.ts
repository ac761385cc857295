// Staff-curated synonym groups, read into memory and expanded while a query is built (not in SQL per
// query): each word or phrase of a group stands for every other one.
import { wordsOf } from "./text-normalization.ts";

/** A term of a synonym group as words: "geld terug" -> ["geld", "terug"]. */
export type SynonymTerm = string[];

export interface SynonymMatch {
  /** The query words the matched term covers: [start, end). */
  start: number;
  end: number;
  /** The other terms of the group. */
  alternatives: SynonymTerm[];
}

export interface SynonymDictionary {
  /** Every single word that occurs in some term (for the typo and compound vocabulary). */
  readonly words: string[];
  /** Terms of the query words, longest phrases first; a word may be covered by several. */
  matchesIn(words: string[]): SynonymMatch[];
}

const MAX_PHRASE_WORDS = 3;

export function createSynonymDictionary(groups: { terms: string[] }[]): SynonymDictionary {
  const groupsByTerm = new Map<string, SynonymTerm[][]>();
  const allWords = new Set<string>();
  for (const group of groups) {
    const terms = group.terms.map(wordsOf).filter((term) => term.length > 0);
    for (const term of terms) {
      for (const word of term) allWords.add(word);
      const key = term.join(" ");
      const others = terms.filter((other) => other.join(" ") !== key);
      groupsByTerm.set(key, [...(groupsByTerm.get(key) ?? []), others]);
    }
  }

  return {
    words: [...allWords],
    matchesIn(words) {
      const matches: SynonymMatch[] = [];
      for (let length = MAX_PHRASE_WORDS; length >= 1; length--) {
        for (let start = 0; start + length <= words.length; start++) {
          const found = groupsByTerm.get(words.slice(start, start + length).join(" "));
          if (found) matches.push({ start, end: start + length, alternatives: found.flat() });
        }
      }
      return matches;
    },
  };
}
