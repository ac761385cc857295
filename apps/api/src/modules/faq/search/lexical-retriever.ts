// Finds articles by their words: Dutch stemming with accents folded, prefixes of a half-typed
// word, compound parts, typo corrections and synonyms (see query-plan.ts), ranked by relevance.ts.
// Candidates come from the titles and keywords held in memory (head-index.ts); one query then
// checks the candidates' whole text for the words their titles and keywords lack.
import type { Database } from "../../../db/prisma.ts";
import { findProbesInArticles, stemWords } from "../faq-search.repository.ts";
import type { HeadMatch } from "./head-index.ts";
import { detectLanguage } from "./language.ts";
import { buildQueryPlan, type QueryPlan } from "./query-plan.ts";
import { isWorthShowing, passageRelevanceOf, relevanceOf, suggestionThresholds } from "./relevance.ts";
import type { FaqRetriever, RetrievedArticle } from "./retriever.ts";
import type { FaqSearchIndex } from "./search-index.ts";
import { createStemCache } from "./word-stems.ts";

/** Candidates scored per query; bounds the work when many articles share a common word. */
const CANDIDATE_LIMIT = 50;
/** An answer with no version in the customer's language still shows, a little lower. */
const OTHER_LANGUAGE_FACTOR = 0.9;

/**
 * Head matches evaluated in full (relevance.ts) to choose the candidates; beyond it, a cheaper sum
 * of matched weights picks them (head-index.ts). Far above what the seed FAQ ever matches.
 */
const HEAD_MATCH_LIMIT = 200;

/** What a probe can add to a group of the plan at most: its weight in the cheap head ranking. */
function probeWeightsOf(plan: QueryPlan): number[] {
  const weights = new Array<number>(plan.probes.length).fill(0);
  for (const group of plan.groups) {
    for (const alternative of group.alternatives) {
      for (const part of alternative.parts) {
        const weight = group.weight * alternative.factor * part.share;
        if (weight > (weights[part.probe] ?? 0)) weights[part.probe] = weight;
      }
    }
  }
  return weights;
}

/** The best `CANDIDATE_LIMIT` by what their titles and keywords alone are worth. */
function bestCandidates(plan: QueryPlan, matches: HeadMatch[]) {
  let scored = matches.map((match) => ({ match, headScore: relevanceOf(plan, match.levels).score }));
  if (scored.length > CANDIDATE_LIMIT) {
    // A common word matches thousands of titles: find the cut-off with a plain numeric sort, and
    // order only what is above it.
    const scores = Float64Array.from(scored, (candidate) => candidate.headScore).sort();
    const cutOff = scores[scores.length - CANDIDATE_LIMIT] ?? 0;
    scored = scored.filter((candidate) => candidate.headScore >= cutOff);
  }
  return scored
    .sort((a, b) => b.headScore - a.headScore || a.match.ordinal - b.match.ordinal)
    .slice(0, CANDIDATE_LIMIT);
}

export function createLexicalRetriever({
  db,
  searchIndex,
}: {
  db: Database;
  searchIndex: FaqSearchIndex;
}): FaqRetriever {
  const stemCache = createStemCache((words) => stemWords(db, words));
  return {
    name: "lexical",
    async retrieve({ text, language, limit }) {
      const { vocabulary, synonyms, stems, heads } = await searchIndex.current();
      const plan = buildQueryPlan(text, vocabulary, synonyms);
      if (plan.groups.length === 0) return [];

      const stemTerms = plan.probes.filter((probe) => probe.kind === "stem").map((probe) => probe.term);
      const stemsOf = await stemCache.lookupFor(stemTerms, stems);
      const candidates = bestCandidates(
        plan,
        heads.match(plan.probes, stemsOf, {
          limit: HEAD_MATCH_LIMIT,
          weights: probeWeightsOf(plan),
        }),
      );
      const inWholeArticle = new Map(
        (
          await findProbesInArticles(
            db,
            candidates.map((candidate) => candidate.match.article.id),
            plan.probes,
          )
        ).map((row) => [row.id, row.found]),
      );

      // An answer is judged by its version in the customer's language where it has one: a
      // translation's words do not count for a text in the original's language, nor the reverse.
      const preferred = detectLanguage(text) ?? language;
      const judged = (article: HeadMatch["article"]) =>
        !preferred || article.language === preferred || !heads.versionsOf(article.groupId).has(preferred);
      const ranked = candidates
        .flatMap((candidate) => {
          const { article } = candidate.match;
          const found = inWholeArticle.get(article.id);
          if (!found || !judged(article)) return []; // unpublished or deleted since the index was loaded
          const levels = candidate.match.levels.map((level, probe) =>
            level > 0 ? level : found[probe] ? 1 : 0,
          );
          const relevance = passageRelevanceOf(plan, levels);
          // Ties (common with short input) go to the article that has more of the words at all.
          const levelSum = levels.reduce((sum, level) => sum + level, 0);
          return [{ article, relevance, levels, levelSum, score: relevance.score }];
        })
        .filter(({ relevance }) => isWorthShowing(relevance))
        // On a tie the original goes first: it is the reference, and the customer's language is unknown.
        .sort(
          (a, b) =>
            b.score - a.score ||
            b.levelSum - a.levelSum ||
            Number(a.article.id !== a.article.groupId) - Number(b.article.id !== b.article.groupId),
        );

      // One entry per answer (an original and its translations), at its best version's score,
      // shown in the customer's language (as written, else as chosen in the app) where it has one.
      const answered = new Set<string>();
      const answers = ranked
        .flatMap(({ article, score, levelSum }) => {
          if (answered.has(article.groupId)) return [];
          answered.add(article.groupId);
          const inPreferred = preferred ? heads.versionsOf(article.groupId).get(preferred) : undefined;
          const shown = inPreferred ?? article.id;
          const factor = preferred && !inPreferred ? OTHER_LANGUAGE_FACTOR : 1;
          return [{ articleId: shown, score: score * factor, levelSum }];
        })
        .sort((a, b) => b.score - a.score || b.levelSum - a.levelSum);

      const best = answers[0]?.score ?? 0;
      const shown = answers
        .filter(({ score }) => score >= best * suggestionThresholds.minShareOfBest)
        .slice(0, limit);
      // The snippet marks the words that matched somewhere in what is shown (not every word of a
      // long text: each highlighted term costs the snippet query time).
      const matched = new Set<number>();
      for (const { levels } of ranked.slice(0, shown.length + limit)) {
        levels.forEach((level, probe) => {
          if (level > 0) matched.add(probe);
        });
      }
      const highlight = plan.probes.flatMap((probe, index) =>
        matched.has(index) ? [probe.kind === "prefix" ? `${probe.term}:*` : probe.term] : [],
      );
      return shown.map(({ articleId, score }): RetrievedArticle => ({ articleId, score, highlight }));
    },
  };
}
