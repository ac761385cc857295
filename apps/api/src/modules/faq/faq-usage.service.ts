// Learning from use: suggestion events per anonymous form session, what staff learn from them
// (articles that deflect tickets, queries that found nothing), and a bounded ranking boost for
// articles customers chose for similar words.
import type { FaqSuggestionEvent, FaqSuggestionEventReport } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { canEditFaq, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import * as repository from "./faq-usage.repository.ts";
import { anonymousQueryWords } from "./search/anonymous-query.ts";
import { lowMeaningWords, stopWords } from "./search/text-normalization.ts";

/**
 * Boost = min(MAX, PER_SESSION_LOG × ln(1 + sessions)): grows slowly and stops at MAX, so that no
 * amount of clicking (one noisy visitor, or many) can lift an article past a clearly better one,
 * and it only re-orders articles that are relevant already.
 */
export const usageBoost = { max: 0.08, perSessionLog: 0.02 } as const;

/** The rows one event becomes: a `shown` event one per article shown (or one saying none was). */
function rowsOf(event: FaqSuggestionEvent): repository.EventRow[] {
  const base = { formSessionId: event.formSessionId, type: event.type };
  switch (event.type) {
    case "shown": {
      const queryWords = anonymousQueryWords(event.query);
      const resultCount = event.articleIds.length;
      return resultCount === 0
        ? [{ ...base, queryWords, resultCount }]
        : event.articleIds.map((articleId) => ({ ...base, queryWords, resultCount, articleId }));
    }
    case "clicked":
      return [{ ...base, articleId: event.articleId, queryWords: anonymousQueryWords(event.query) }];
    default:
      return [base];
  }
}

export function createFaqUsageService({ db }: { db: Database }) {
  return {
    /** One report of the web app: a single event or a batch, stored in one insert. */
    async record(report: FaqSuggestionEventReport): Promise<void> {
      const events = "events" in report ? report.events : [report];
      return repository.insertEvents(db, events.flatMap(rowsOf));
    },

    async insights(actor: SignedInActor, days: number) {
      if (!canEditFaq(actor)) denyAsNotFound();
      const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
      const [articles, unansweredQueries] = await Promise.all([
        repository.articleUsage(db, since),
        repository.unansweredQueries(db, since),
      ]);
      return { articles, unansweredQueries };
    },

    /**
     * Extra score per article from earlier sessions that clicked its answer for a similar text and
     * then filed nothing (deflected): similar is sharing a meaningful word with a short query, two
     * with a longer text (a whole ticket text shares some word with almost anything).
     */
    async boostsFor(query: string, articleIds: string[]): Promise<Map<string, number>> {
      const words = anonymousQueryWords(query).filter(
        (word) => !stopWords.has(word) && !lowMeaningWords.has(word),
      );
      const minShared = Math.min(2, words.length);
      const sessions = await repository.clickedSessionsFor(db, articleIds, words, minShared);
      return new Map(
        [...sessions].map(([id, count]) => [
          id,
          Math.min(usageBoost.max, usageBoost.perSessionLog * Math.log1p(count)),
        ]),
      );
    },
  };
}
export type FaqUsageService = ReturnType<typeof createFaqUsageService>;
