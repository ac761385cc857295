// Finds articles by their words: Dutch stemming with accents folded, prefixes of a half-typed
// word, compound parts, typo corrections and synonyms (see query-plan.ts), ranked by relevance.ts.
import type { Database } from "../../../db/prisma.ts";
import { findSearchCandidates } from "../faq-search.repository.ts";
import { buildQueryPlan } from "./query-plan.ts";
import { isWorthShowing, relevanceOf, suggestionThresholds } from "./relevance.ts";
import type { FaqRetriever, RetrievedArticle } from "./retriever.ts";
import type { FaqSearchIndex } from "./search-index.ts";

/** Candidates scored per query; bounds the work when many articles share a common word. */
const CANDIDATE_LIMIT = 50;
/** Articles in another language than the customer's still show, a little lower. */
const OTHER_LANGUAGE_FACTOR = 0.9;

export function createLexicalRetriever({
  db,
  searchIndex,
}: {
  db: Database;
  searchIndex: FaqSearchIndex;
}): FaqRetriever {
  return {
    name: "lexical",
    async retrieve({ text, language, limit }) {
      const { vocabulary, synonyms } = await searchIndex.current();
      const plan = buildQueryPlan(text, vocabulary, synonyms);
      if (plan.groups.length === 0) return [];

      const candidates = await findSearchCandidates(db, plan.probes, CANDIDATE_LIMIT);
      const ranked = candidates
        .map((candidate) => {
          const relevance = relevanceOf(plan, candidate.levels);
          const languageFactor = language && candidate.language !== language ? OTHER_LANGUAGE_FACTOR : 1;
          return { candidate, relevance, score: relevance.score * languageFactor };
        })
        .filter(({ relevance }) => isWorthShowing(relevance))
        .sort((a, b) => b.score - a.score || b.candidate.rank - a.candidate.rank);

      const best = ranked[0]?.score ?? 0;
      const highlight = plan.probes.map((probe) =>
        probe.kind === "prefix" ? `${probe.term}:*` : probe.term,
      );
      return ranked
        .filter(({ score }) => score >= best * suggestionThresholds.minShareOfBest)
        .slice(0, limit)
        .map(({ candidate, score }): RetrievedArticle => ({ articleId: candidate.id, score, highlight }));
    },
  };
}
