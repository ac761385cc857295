// What a search needs in memory: the corpus vocabulary, the synonym dictionary and the articles'
// titles and keywords, loaded from the database again whenever articles or synonyms changed (the
// `faq_search_version` row, bumped by triggers). Bodies are not held: the database checks them for
// the few candidates of each search.
import type { Database } from "../../../db/prisma.ts";
import { listSynonymGroups } from "../faq.repository.ts";
import { loadArticleHeads, loadVocabulary, readSearchVersion } from "../faq-search.repository.ts";
import { createHeadIndex, type HeadIndex } from "./head-index.ts";
import { createSynonymDictionary, type SynonymDictionary } from "./synonyms.ts";
import { createVocabulary, type Vocabulary } from "./vocabulary.ts";

export interface SearchKnowledge {
  vocabulary: Vocabulary;
  synonyms: SynonymDictionary;
  /** The stems of the vocabulary's words. */
  stems: ReadonlyMap<string, string[]>;
  /** Titles and keywords of the published articles. */
  heads: HeadIndex;
}

export interface FaqSearchIndex {
  /** What the search needs, as of the latest change to articles or synonyms. */
  current(): Promise<SearchKnowledge>;
}

export function createFaqSearchIndex({ db }: { db: Database }): FaqSearchIndex {
  let loaded: { version: string; knowledge: Promise<SearchKnowledge> } | undefined;

  async function load(): Promise<SearchKnowledge> {
    const [{ entries, articleCount, stems }, groups, heads] = await Promise.all([
      loadVocabulary(db),
      listSynonymGroups(db),
      loadArticleHeads(db),
    ]);
    const synonyms = createSynonymDictionary(groups);
    return {
      vocabulary: createVocabulary(entries, articleCount, synonyms.words),
      synonyms,
      stems,
      heads: createHeadIndex(heads),
    };
  }

  return {
    async current() {
      // One tiny query per search: a change by any process (the API, the seed import) shows at once.
      // The version is read before loading, so a change during the load causes another load.
      const version = await readSearchVersion(db);
      if (loaded?.version !== version) {
        const knowledge = load();
        const loading = { version, knowledge };
        loaded = loading;
        // A failed load is not kept: the next search tries again.
        knowledge.catch(() => {
          if (loaded === loading) loaded = undefined;
        });
      }
      return (loaded as NonNullable<typeof loaded>).knowledge;
    },
  };
}
