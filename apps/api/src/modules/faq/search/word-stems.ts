// Stems of query words for the in-memory head index. The corpus words come stemmed with the
// vocabulary; other words (typos, words no article uses) are stemmed by PostgreSQL, once, so that
// the index and the search columns always agree on what a stem is.

export type StemLookup = (word: string) => readonly string[];

export function createStemCache(
  stemWords: (words: string[]) => Promise<Map<string, string[]>>,
  maxCached = 10_000,
) {
  const cached = new Map<string, string[]>();
  return {
    /** A lookup for `words`, asking the database only for those neither map knows. */
    async lookupFor(words: string[], known: ReadonlyMap<string, string[]>): Promise<StemLookup> {
      const missing = [...new Set(words)].filter((word) => !known.has(word) && !cached.has(word));
      if (missing.length > 0) {
        const stemmed = await stemWords(missing);
        if (cached.size + stemmed.size > maxCached) cached.clear(); // bounded under a flood of new words
        for (const [word, stems] of stemmed) cached.set(word, stems);
      }
      return (word) => known.get(word) ?? cached.get(word) ?? [];
    },
  };
}
