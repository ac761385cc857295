// From the field each probe matched in to one relevance number per article: the share of the
// query's meaning (weighted words) the article covers, where a title match counts most.
import type { QueryPlan } from "./query-plan.ts";

/** Where a probe matched: 0 nowhere, 1 body, 2 keywords, 3 title (the database answers this). */
export type MatchLevel = 0 | 1 | 2 | 3;
/** What a match is worth by field: nothing, body, keywords, title. */
export const fieldValues = [0, 0.35, 0.9, 1];

export interface Relevance {
  /** In [0, 1]: the weighted share of the query's words the article covers. */
  score: number;
  /** The covered weight itself: a query of one low-meaning word ("graag") is no evidence at all. */
  evidence: number;
  /** Whether a word matched in a title or keyword, not only somewhere in a body. */
  matchedTitleOrKeywords: boolean;
}

export function relevanceOf(plan: QueryPlan, levels: readonly number[]): Relevance {
  let covered = 0;
  let total = 0;
  let matchedTitleOrKeywords = false;
  for (const group of plan.groups) {
    let best = 0;
    for (const alternative of group.alternatives) {
      let value = 0;
      let strong = false;
      for (const part of alternative.parts) {
        const level = levels[part.probe] ?? 0;
        // A compound or phrase is evidence only for an article that has all of its parts:
        // "datacenter" is not about the "data" of the fair-use policy.
        if (level === 0) {
          value = 0;
          break;
        }
        value += part.share * (fieldValues[level as MatchLevel] ?? 0);
        if (level >= 2 && part.share >= 0.5) strong = true;
      }
      if (value > 0 && strong) matchedTitleOrKeywords = true;
      best = Math.max(best, alternative.factor * value);
    }
    covered += group.weight * best;
    total += group.weight;
  }
  return { score: total === 0 ? 0 : covered / total, evidence: covered, matchedTitleOrKeywords };
}

/**
 * When a suggestion is worth showing. Tuned on the tuning half of the evaluation set
 * (`pnpm eval:faq`); an empty list beats a wrong article.
 */
export const suggestionThresholds = {
  /** Least relevance when a word matched a title or keyword. */
  minScore: 0.3,
  /** Least relevance when the words occur only in bodies. */
  minScoreBodyOnly: 0.55,
  /** Least covered weight (a rare word matched in a title is about 0.8). */
  minEvidence: 0.3,
  /** Drop the tail: least relevance relative to the best suggestion. */
  minShareOfBest: 0.5,
} as const;

export function isWorthShowing(relevance: Relevance): boolean {
  if (relevance.evidence < suggestionThresholds.minEvidence) return false;
  return relevance.matchedTitleOrKeywords
    ? relevance.score >= suggestionThresholds.minScore
    : relevance.score >= suggestionThresholds.minScoreBodyOnly;
}
