// What the query builder needs in memory: the corpus vocabulary and the synonym dictionary. Loaded
// from the database, refreshed after a write in this process and at least every `maxAgeMs` (other
// processes' writes); a stale copy keeps serving while the next one loads.
import type { Database } from "../../../db/prisma.ts";
import { listSynonymGroups } from "../faq.repository.ts";
import { loadVocabulary } from "../faq-search.repository.ts";
import { createSynonymDictionary, type SynonymDictionary } from "./synonyms.ts";
import { createVocabulary, type Vocabulary } from "./vocabulary.ts";

export interface SearchKnowledge {
  vocabulary: Vocabulary;
  synonyms: SynonymDictionary;
}

export interface FaqSearchIndex {
  current(): Promise<SearchKnowledge>;
  /** Call after any change to articles or synonyms. */
  invalidate(): void;
}

export function createFaqSearchIndex({
  db,
  maxAgeMs = 60_000,
}: {
  db: Database;
  maxAgeMs?: number;
}): FaqSearchIndex {
  let generation = 0;
  let state: { knowledge: Promise<SearchKnowledge>; loadedAt: number; generation: number } | undefined;
  let refreshing = false;

  async function load(): Promise<SearchKnowledge> {
    const [{ entries, articleCount }, groups] = await Promise.all([
      loadVocabulary(db),
      listSynonymGroups(db),
    ]);
    const synonyms = createSynonymDictionary(groups);
    return { vocabulary: createVocabulary(entries, articleCount, synonyms.words), synonyms };
  }

  function loadNow(): Promise<SearchKnowledge> {
    const knowledge = load();
    const loading = { knowledge, loadedAt: Date.now(), generation };
    state = loading;
    // A failed load is not cached: the next request tries again.
    knowledge.catch(() => {
      if (state === loading) state = undefined;
    });
    return knowledge;
  }

  function refreshInBackground() {
    refreshing = true;
    const startedIn = generation;
    load()
      .then((knowledge) => {
        if (startedIn === generation)
          state = { knowledge: Promise.resolve(knowledge), loadedAt: Date.now(), generation };
      })
      .catch(() => undefined)
      .finally(() => {
        refreshing = false;
      });
  }

  return {
    current() {
      if (!state || state.generation !== generation) return loadNow();
      if (Date.now() - state.loadedAt > maxAgeMs && !refreshing) refreshInBackground();
      return state.knowledge;
    },
    invalidate() {
      generation++;
    },
  };
}
