// Reports for a period next to the previous one (docs/adr/0016-reports-rollups-and-charts.md).
// Team figures only: nothing here names or ranks a staff member.

import { tzOffset } from "@date-fns/tz";
import {
  previousPeriod,
  type Report,
  type ReportFigure,
  type ReportFigures,
  type ReportGrouping,
  type ReportQuery,
} from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import type { TicketCategory, TicketChannel } from "../../generated/prisma/enums.ts";
import { denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import {
  type BusinessCalendar,
  businessMinutesBetween,
  loadCalendar,
} from "../service-levels/service-levels.module.ts";
import * as repository from "./reports.repository.ts";
import { figureCsv } from "./reports-csv.ts";

const BATCH = 1000;
const TOP = 10;
const DAY = 24 * 3600_000;
/** Days recounted per transaction, and how long one such transaction may take. */
const RECOUNT_DAYS = 31;
const RECOUNT_TIMEOUT_MS = 10 * 60_000;

/** Staff who work the queue see the team's figures; billing and the phone desk have no reports. */
const readsReports = (actor: SignedInActor) =>
  actor.kind === "staff" &&
  (actor.role === "admin" || actor.role === "customer_service" || actor.role === "agent");

/** The instant a local date starts in the zone. */
export function localMidnight(timeZone: string, date: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const guess = wall - tzOffset(timeZone, new Date(wall)) * 60_000;
  return new Date(wall - tzOffset(timeZone, new Date(guess)) * 60_000);
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first local date of each bucket that meets the period, in order. */
export function bucketsOf(from: string, to: string, grouping: ReportGrouping): string[] {
  let start = Date.parse(`${from}T00:00:00Z`);
  if (grouping === "week") start -= ((new Date(start).getUTCDay() + 6) % 7) * DAY;
  if (grouping === "month") start = Date.parse(`${from.slice(0, 7)}-01T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const buckets: string[] = [];
  for (let at = start; at <= end; ) {
    buckets.push(isoDay(at));
    if (grouping === "day") at += DAY;
    else if (grouping === "week") at += 7 * DAY;
    else {
      const date = new Date(at);
      at = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
  }
  return buckets;
}

/** What the rollup keeps of a ticket, working minutes counted on the calendar. */
export function factOf(calendar: BusinessCalendar, ticket: repository.StaleTicket): repository.TicketFact {
  const breached = (target: string) => ticket.slaBreached.includes(target);
  const firstResponseMinutes = ticket.firstRespondedAt
    ? businessMinutesBetween(calendar, ticket.createdAt, ticket.firstRespondedAt)
    : null;
  const resolutionMinutes = ticket.solvedAt
    ? businessMinutesBetween(calendar, ticket.createdAt, ticket.solvedAt)
    : null;
  return {
    ticketId: ticket.id,
    createdAt: ticket.createdAt,
    channel: ticket.channel,
    category: ticket.category,
    slaLevel: ticket.slaLevel,
    firstResponseMinutes: firstResponseMinutes === null ? null : Math.round(firstResponseMinutes),
    firstResponseMet: breached("first_response") ? false : ticket.firstRespondedAt ? true : null,
    solvedAt: ticket.solvedAt,
    resolutionMinutes: resolutionMinutes === null ? null : Math.round(resolutionMinutes),
    resolutionMet: breached("resolution") ? false : ticket.solvedAt ? true : null,
    ticketUpdatedAt: ticket.updatedAt,
  };
}

export function createReportsService({ db }: { db: Database }) {
  /**
   * Brings the rollup up to date with the tickets changed since it last ran (returns how many): their
   * facts, with the days they touch (filed, solved now and solved before) marked in the same
   * transaction, then those days' daily rows recounted whole; and today's backlog by status.
   */
  async function refresh(): Promise<number> {
    const calendar = await loadCalendar(db);
    let refreshed = 0;
    for (;;) {
      const stale = await repository.listStaleTickets(db, BATCH);
      await db.$transaction(async (tx) => {
        await repository.upsertFacts(
          tx,
          stale.map((ticket) => factOf(calendar, ticket)),
        );
        await repository.markDirtyDays(
          tx,
          stale.flatMap((ticket) =>
            [ticket.createdAt, ticket.solvedAt, ticket.previousSolvedAt].filter((at) => at !== null),
          ),
          calendar.timeZone,
        );
      });
      refreshed += stale.length;
      if (stale.length < BATCH) break;
    }
    await db.$transaction((tx) => repository.markDirtyEventDays(tx, calendar.timeZone), {
      timeout: RECOUNT_TIMEOUT_MS,
    });
    // A month of days per transaction: the first run after a migration recounts every day of years
    // of tickets, which in one transaction outlasted its timeout (and so never finished) at a million.
    for (;;) {
      const recounted = await db.$transaction(
        (tx) => repository.recountDirtyDays(tx, calendar.timeZone, RECOUNT_DAYS),
        { timeout: RECOUNT_TIMEOUT_MS },
      );
      if (recounted < RECOUNT_DAYS) break;
    }
    await repository.captureBacklog(db, calendar.timeZone);
    return refreshed;
  }

  async function figures(
    from: string,
    to: string,
    grouping: ReportGrouping,
    timeZone: string,
  ): Promise<ReportFigures> {
    const period = {
      from: localMidnight(timeZone, from),
      to: localMidnight(timeZone, isoDay(Date.parse(`${to}T00:00:00Z`) + DAY)),
    };
    const days = { from, to };
    const [
      byChannel,
      byCategory,
      backlog,
      responseTimes,
      serviceLevels,
      deflection,
      topArticles,
      unanswered,
      satisfaction,
      billable,
    ] = await Promise.all([
      repository.ticketsBy(db, "channel", days, grouping),
      repository.ticketsBy(db, "category", days, grouping),
      repository.backlog(db, days, grouping, bucketsOf(from, to, grouping)),
      repository.responseTimes(db, days),
      repository.serviceLevels(db, days),
      repository.deflectionFunnel(db, days),
      repository.topArticles(db, days, TOP),
      repository.unansweredQueries(db, days, TOP),
      repository.satisfaction(db, period),
      repository.billableBlocks(db, from.slice(0, 7), to.slice(0, 7)),
    ]);
    return {
      from,
      to,
      tickets: {
        total: byChannel.reduce((sum, row) => sum + row.tickets, 0),
        byChannel: byChannel.map(({ value, ...row }) => ({ ...row, channel: value as TicketChannel })),
        byCategory: byCategory.map(({ value, ...row }) => ({ ...row, category: value as TicketCategory })),
      },
      backlog,
      responseTimes,
      serviceLevels,
      deflection,
      topArticles,
      unansweredQueries: unanswered,
      satisfaction,
      billable,
    };
  }

  async function report(actor: SignedInActor, query: ReportQuery): Promise<Report> {
    if (!readsReports(actor)) denyAsNotFound();
    await refresh();
    const { timeZone } = await loadCalendar(db);
    const before = previousPeriod(query.from, query.to);
    // Both periods at once: each is a handful of independent reads.
    const [current, previous] = await Promise.all([
      figures(query.from, query.to, query.grouping, timeZone),
      figures(before.from, before.to, query.grouping, timeZone),
    ]);
    return { grouping: query.grouping, timeZone, current, previous };
  }

  return {
    refresh,
    report,
    rollupSize: () => repository.rollupSize(db),
    async figureCsv(actor: SignedInActor, figure: ReportFigure, query: ReportQuery): Promise<string> {
      return figureCsv(figure, await report(actor, query));
    },
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
