// Suggestions while a customer types: every retriever's relevant articles, fused by reciprocal
// rank, with a snippet around the words that matched.
import type { FaqSuggestion, Language } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { articleUrl, presentSnippet } from "./faq.presenter.ts";
import { findSuggestionDetails, HIGHLIGHT_END, HIGHLIGHT_START } from "./faq-search.repository.ts";
import type { FaqUsageService } from "./faq-usage.service.ts";
import { type FaqRetriever, fuseByReciprocalRank } from "./search/retriever.ts";

interface FaqSuggestionServiceDeps {
  db: Database;
  retrievers: FaqRetriever[];
  /** Earlier clicks for similar words; bounded (see faq-usage.service.ts). */
  usage?: Pick<FaqUsageService, "boostsFor">;
  publicUrl: string;
}

export function createFaqSuggestionService({ db, retrievers, usage, publicUrl }: FaqSuggestionServiceDeps) {
  return {
    async suggest(query: {
      q: string;
      limit: number;
      lang?: Language | undefined;
    }): Promise<{ items: FaqSuggestion[] }> {
      const retrievalQuery = { text: query.q, language: query.lang, limit: query.limit };
      const lists = await Promise.all(retrievers.map((retriever) => retriever.retrieve(retrievalQuery)));
      const fused = fuseByReciprocalRank(lists);
      if (fused.length === 0) return { items: [] };
      // Retrievers return at most `limit` each: fetch the details of all of them while the usage
      // boosts (which only re-order these) are looked up.
      const ids = fused.map((item) => item.articleId);
      const highlight = [...new Set(fused.flatMap((item) => item.highlight))];
      const [boosts, rows] = await Promise.all([
        usage && fused.length > 1 ? usage.boostsFor(query.q, ids) : new Map<string, number>(),
        findSuggestionDetails(db, ids, highlight),
      ]);
      const details = new Map(rows.map((row) => [row.id, row]));
      const found = fused
        .map((item, rank) => ({ ...item, score: item.score + (boosts.get(item.articleId) ?? 0), rank }))
        .sort((a, b) => b.score - a.score || a.rank - b.rank)
        .slice(0, query.limit);
      return {
        items: found.flatMap((item) => {
          const article = details.get(item.articleId);
          if (!article) return []; // deleted in between
          return [
            {
              id: article.id,
              slug: article.slug,
              title: article.title,
              url: articleUrl(publicUrl, article.slug),
              language: article.language,
              translationOf: article.translationOf,
              ...presentSnippet(article.highlighted, { start: HIGHLIGHT_START, end: HIGHLIGHT_END }),
              score: Math.min(1, Math.round(item.score * 1000) / 1000),
            },
          ];
        }),
      };
    },
  };
}
export type FaqSuggestionService = ReturnType<typeof createFaqSuggestionService>;
