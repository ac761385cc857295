// The seam for more than one way of finding articles: today a lexical retriever; a semantic one
// (embeddings) can be added later and the ranked lists fused by reciprocal rank.
import type { Language } from "@helpdesk/contracts";

export interface RetrievalQuery {
  text: string;
  language?: Language | undefined;
  limit: number;
}

export interface RetrievedArticle {
  articleId: string;
  /** Relevance in (0, 1], comparable within one retriever's list. */
  score: number;
  /** The probe terms that matched, for the snippet. */
  highlight: string[];
}

/** Finds relevant articles, best first; returns only what it considers relevant (may be empty). */
export interface FaqRetriever {
  readonly name: string;
  retrieve(query: RetrievalQuery): Promise<RetrievedArticle[]>;
}

/** Reciprocal rank fusion (Cormack et al. 2009): robust to retrievers whose scores do not compare. */
export function fuseByReciprocalRank(lists: RetrievedArticle[][], k = 60): RetrievedArticle[] {
  if (lists.length === 1) return lists[0] ?? [];
  const fused = new Map<string, RetrievedArticle & { fusedScore: number }>();
  for (const list of lists) {
    list.forEach((item, rank) => {
      const existing = fused.get(item.articleId);
      const contribution = 1 / (k + rank + 1);
      if (existing) {
        existing.fusedScore += contribution;
        existing.score = Math.max(existing.score, item.score);
        existing.highlight = [...new Set([...existing.highlight, ...item.highlight])];
      } else {
        fused.set(item.articleId, { ...item, fusedScore: contribution });
      }
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.fusedScore - a.fusedScore || b.score - a.score)
    .map(({ fusedScore: _fused, ...item }) => item);
}
