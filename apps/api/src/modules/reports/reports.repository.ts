// The reports' SQL (docs/adr/0016-reports-rollups-and-charts.md). Owns the rollup tables
// report_ticket_facts and its daily rows (report_daily_tickets, report_daily_levels,
// report_daily_minutes, report_daily_solved, report_daily_funnel, report_daily_articles,
// report_daily_queries, with report_dirty_days to recount and report_rollup_state for the events
// read) and the end-of-day backlog report_daily_backlog; reads the tickets, their audit trail, the
// suggestion events, the ratings and the time entries only through aggregate SELECTs here, never
// writing them. Periods are half-open instants [from, to); buckets are local dates of the business
// calendar's zone.
import type { ReportGrouping } from "@helpdesk/contracts";
import { BLOCK_MINUTES } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceLevel, TicketCategory, TicketChannel } from "../../generated/prisma/enums.ts";
import { type MinuteCount, percentileOfCounts } from "./percentile-of-counts.ts";

export interface Period {
  from: Date;
  to: Date;
}

/** The same period as local dates `YYYY-MM-DD`, both included (the daily rows' keys). */
export interface Days {
  from: string;
  to: string;
}

/** How far back the refresh looks behind its watermark, for changes committed late. */
const LOOK_BACK = "5 minutes";

export interface StaleTicket {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  channel: TicketChannel;
  category: TicketCategory;
  slaLevel: ServiceLevel | null;
  slaBreached: string[];
  firstRespondedAt: Date | null;
  /** When it was last solved, if solved or closed now. */
  solvedAt: Date | null;
  /** The solution the rollup counted so far (its day is recounted too). */
  previousSolvedAt: Date | null;
}

/** Tickets changed since the rollup last saw them, oldest change first. */
export async function listStaleTickets(db: DbClient, limit: number): Promise<StaleTicket[]> {
  return db.$queryRaw<StaleTicket[]>`
    WITH watermark AS (
      SELECT coalesce(max(ticket_updated_at), '-infinity'::timestamptz) - ${LOOK_BACK}::interval AS since
      FROM report_ticket_facts
    )
    SELECT t.id, t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.channel, t.category,
           t.sla_level AS "slaLevel", t.sla_breached AS "slaBreached",
           t.first_responded_at AS "firstRespondedAt", f.solved_at AS "previousSolvedAt",
           CASE WHEN t.status IN ('solved', 'closed') THEN (
             SELECT max(e.created_at) FROM ticket_events e
             WHERE e.ticket_id = t.id AND e.type = 'status_changed' AND e.after = '"solved"'::jsonb
           ) END AS "solvedAt"
    FROM tickets t
    LEFT JOIN report_ticket_facts f ON f.ticket_id = t.id
    WHERE t.updated_at >= (SELECT since FROM watermark)
      AND (f.ticket_id IS NULL OR f.ticket_updated_at < t.updated_at)
    ORDER BY t.updated_at, t.id
    LIMIT ${limit}`;
}

export interface TicketFact {
  ticketId: string;
  createdAt: Date;
  channel: TicketChannel;
  category: TicketCategory;
  slaLevel: ServiceLevel | null;
  firstResponseMinutes: number | null;
  firstResponseMet: boolean | null;
  solvedAt: Date | null;
  resolutionMinutes: number | null;
  resolutionMet: boolean | null;
  ticketUpdatedAt: Date;
}

export async function upsertFacts(db: DbClient, facts: TicketFact[]): Promise<void> {
  if (facts.length === 0) return;
  const rows = facts.map(
    (f) => Prisma.sql`(${f.ticketId}::uuid, ${f.createdAt}, ${f.channel}::"TicketChannel",
      ${f.category}::"TicketCategory", ${f.slaLevel}::"ServiceLevel", ${f.firstResponseMinutes}::int,
      ${f.firstResponseMet}::boolean, ${f.solvedAt}::timestamptz, ${f.resolutionMinutes}::int,
      ${f.resolutionMet}::boolean, ${f.ticketUpdatedAt})`,
  );
  await db.$executeRaw`
    INSERT INTO report_ticket_facts (ticket_id, created_at, channel, category, sla_level,
      first_response_minutes, first_response_met, solved_at, resolution_minutes, resolution_met,
      ticket_updated_at)
    VALUES ${Prisma.join(rows)}
    ON CONFLICT (ticket_id) DO UPDATE SET
      sla_level = EXCLUDED.sla_level, first_response_minutes = EXCLUDED.first_response_minutes,
      first_response_met = EXCLUDED.first_response_met, solved_at = EXCLUDED.solved_at,
      resolution_minutes = EXCLUDED.resolution_minutes, resolution_met = EXCLUDED.resolution_met,
      ticket_updated_at = EXCLUDED.ticket_updated_at
    WHERE report_ticket_facts.ticket_updated_at <= EXCLUDED.ticket_updated_at`;
}

/** Marks the local days of the given instants for a recount (in the caller's transaction). */
export async function markDirtyDays(db: DbClient, instants: Date[], zone: string): Promise<void> {
  if (instants.length === 0) return;
  await db.$executeRaw`
    INSERT INTO report_dirty_days (day)
    SELECT DISTINCT (instant::timestamptz AT TIME ZONE ${zone})::date
    FROM unnest(${instants.map((instant) => instant.toISOString())}::text[]) instant
    ON CONFLICT DO NOTHING`;
}

/** Any number the advisory lock of the recount is known by; only this module takes it. */
const RECOUNT_LOCK = 160_016;

/**
 * Recounts the daily rows of every marked day from the facts, whole days at a time (so a recount
 * never adds to what an earlier one counted). Runs under a transaction-level advisory lock: a second
 * run waits, then finds only the days marked since. At most `limit` days, the oldest first, so that
 * a first run over years of tickets commits as it goes. Returns how many days it recounted.
 */
export async function recountDirtyDays(tx: DbClient, zone: string, limit: number): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RECOUNT_LOCK})`;
  // Under the lock: a day marked again after this read keeps its mark only if marked after the
  // delete, and then the recount below (later statements) already sees its change anyway.
  const taken = await tx.reportDirtyDay.findMany({
    select: { day: true },
    orderBy: { day: "asc" },
    take: limit,
  });
  if (taken.length === 0) return 0;
  const dates = taken.map((row) => row.day);
  await tx.reportDirtyDay.deleteMany({ where: { day: { in: dates } } });
  const days = dates.map(isoDate);
  const dayStart = Prisma.sql`(d.day::timestamp AT TIME ZONE ${zone})`;
  const dayEnd = Prisma.sql`((d.day + 1)::timestamp AT TIME ZONE ${zone})`;
  const marked = Prisma.sql`unnest(${days}::text[]::date[]) d(day)`;
  const onDays = { where: { day: { in: dates } } };
  await tx.reportDailyTickets.deleteMany(onDays);
  await tx.reportDailyLevel.deleteMany(onDays);
  await tx.reportDailySolved.deleteMany(onDays);
  await tx.reportDailyMinutes.deleteMany(onDays);
  await tx.reportDailyFunnel.deleteMany(onDays);
  await tx.reportDailyArticle.deleteMany(onDays);
  await tx.reportDailyQuery.deleteMany(onDays);
  await tx.$executeRaw`
    INSERT INTO report_daily_tickets (day, channel, category, filed)
    SELECT d.day, f.channel, f.category, count(*)
    FROM ${marked} JOIN report_ticket_facts f ON f.created_at >= ${dayStart} AND f.created_at < ${dayEnd}
    GROUP BY d.day, f.channel, f.category`;
  await tx.$executeRaw`
    INSERT INTO report_daily_levels (day, sla_level, tickets, first_met, first_known, resolution_met,
      resolution_known)
    SELECT d.day, f.sla_level, count(*), count(*) FILTER (WHERE f.first_response_met),
           count(f.first_response_met), count(*) FILTER (WHERE f.resolution_met), count(f.resolution_met)
    FROM ${marked} JOIN report_ticket_facts f ON f.created_at >= ${dayStart} AND f.created_at < ${dayEnd}
    WHERE f.sla_level IS NOT NULL
    GROUP BY d.day, f.sla_level`;
  await tx.$executeRaw`
    INSERT INTO report_daily_minutes (day, minutes, first_responses, resolutions)
    SELECT d.day, m.minutes, count(*) FILTER (WHERE m.first), count(*) FILTER (WHERE NOT m.first)
    FROM ${marked} JOIN report_ticket_facts f ON f.created_at >= ${dayStart} AND f.created_at < ${dayEnd}
    CROSS JOIN LATERAL (VALUES (true, f.first_response_minutes), (false, f.resolution_minutes)) m(first, minutes)
    WHERE m.minutes IS NOT NULL
    GROUP BY d.day, m.minutes`;
  await recountSessionDays(tx, days, zone);
  await tx.$executeRaw`
    INSERT INTO report_daily_solved (day, solved)
    SELECT d.day, count(*)
    FROM ${marked} JOIN report_ticket_facts f ON f.solved_at >= ${dayStart} AND f.solved_at < ${dayEnd}
    GROUP BY d.day`;
  return days.length;
}

/**
 * The ticket form's sessions whose first event fell on one of the days, with what happened in each
 * (several clicks in one session count once; events of a later day still count for the session).
 */
const sessionsOfDays = (days: string[], zone: string) => Prisma.sql`
  SELECT candidates.form_session_id, session.*
  FROM (
    SELECT DISTINCT e.form_session_id
    FROM unnest(${days}::text[]::date[]) d(day)
    JOIN faq_suggestion_events e
      ON e.created_at >= (d.day::timestamp AT TIME ZONE ${zone})
     AND e.created_at < ((d.day + 1)::timestamp AT TIME ZONE ${zone})
  ) candidates
  -- Per session through its index: joined as a set instead, the planner (which cannot know how
  -- few sessions a day has) read all five million events of the benchmark, 16 s for one day.
  CROSS JOIN LATERAL (
    SELECT (min(e.created_at) AT TIME ZONE ${zone})::date AS day,
           bool_or(e.type = 'shown' AND coalesce(e.result_count, 0) > 0) AS shown,
           bool_or(e.type = 'clicked') AS clicked,
           bool_or(e.type = 'submitted') AS submitted,
           bool_or(e.type = 'abandoned') AS abandoned
    FROM faq_suggestion_events e
    WHERE e.form_session_id = candidates.form_session_id AND e.type <> 'answered_ticket'
  ) session
  WHERE session.day = ANY(${days}::text[]::date[])`;

/** The funnel, article and unanswered-query rows of the days, from their sessions' events. */
async function recountSessionDays(tx: DbClient, days: string[], zone: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO report_daily_funnel (day, sessions, shown, clicked, deflected, submitted_anyway)
    SELECT day, count(*), count(*) FILTER (WHERE shown), count(*) FILTER (WHERE clicked),
           count(*) FILTER (WHERE clicked AND abandoned AND NOT submitted),
           count(*) FILTER (WHERE clicked AND submitted)
    FROM (${sessionsOfDays(days, zone)}) s GROUP BY day`;
  await tx.$executeRaw`
    INSERT INTO report_daily_articles (day, article_id, clicked, deflected)
    SELECT s.day, c.article_id, count(*), count(*) FILTER (WHERE s.abandoned AND NOT s.submitted)
    FROM (${sessionsOfDays(days, zone)}) s
    CROSS JOIN LATERAL (
      SELECT DISTINCT e.article_id FROM faq_suggestion_events e
      WHERE e.form_session_id = s.form_session_id AND e.type = 'clicked' AND e.article_id IS NOT NULL
    ) c
    GROUP BY s.day, c.article_id`;
  await tx.$executeRaw`
    INSERT INTO report_daily_queries (day, query, sessions)
    SELECT s.day, q.query, count(*)
    FROM (${sessionsOfDays(days, zone)}) s
    CROSS JOIN LATERAL (
      SELECT DISTINCT array_to_string(e.query_words, ' ') AS query FROM faq_suggestion_events e
      WHERE e.form_session_id = s.form_session_id AND e.type = 'shown' AND e.result_count = 0
        AND cardinality(e.query_words) > 0
    ) q
    GROUP BY s.day, q.query`;
}

const EVENTS = "faq_suggestion_events";

/**
 * Marks the first days of the sessions that got events since the rollup last read them (with the
 * same look-back as the tickets), and moves the mark on. In the recount's transaction.
 */
export async function markDirtyEventDays(tx: DbClient, zone: string): Promise<void> {
  const seen = await tx.reportRollupState.findUnique({
    where: { source: EVENTS },
    select: { seenUntil: true },
  });
  const [state] = await tx.$queryRaw<{ since: Date | null; until: Date | null }[]>`
    SELECT ${seen?.seenUntil ?? null}::timestamptz - ${LOOK_BACK}::interval AS since,
           (SELECT max(created_at) FROM faq_suggestion_events) AS until`;
  if (!state?.until) return;
  await tx.$executeRaw`
    INSERT INTO report_dirty_days (day)
    SELECT DISTINCT (first_at AT TIME ZONE ${zone})::date FROM (
      SELECT min(e.created_at) AS first_at
      FROM (SELECT DISTINCT form_session_id FROM faq_suggestion_events
            WHERE created_at >= coalesce(${state.since}::timestamptz, '-infinity')) touched
      JOIN faq_suggestion_events e ON e.form_session_id = touched.form_session_id
      WHERE e.type <> 'answered_ticket'
      GROUP BY e.form_session_id
    ) sessions
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO report_rollup_state (source, seen_until) VALUES (${EVENTS}, ${state.until})
    ON CONFLICT (source) DO UPDATE
    SET seen_until = greatest(report_rollup_state.seen_until, EXCLUDED.seen_until)`;
}

/** Marks every day that holds a fact for a recount (after a calendar zone change, or a bulk load). */
export async function markAllDaysDirty(db: DbClient, zone: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO report_dirty_days (day)
    SELECT DISTINCT (instant AT TIME ZONE ${zone})::date
    FROM (SELECT created_at AS instant FROM report_ticket_facts
          UNION SELECT solved_at FROM report_ticket_facts WHERE solved_at IS NOT NULL) instants
    ON CONFLICT DO NOTHING`;
}

const dayBucketOf = (grouping: ReportGrouping) => Prisma.sql`date_trunc(${grouping}, day::timestamp)::date`;
const inDays = (days: Days) => Prisma.sql`day >= ${days.from}::date AND day <= ${days.to}::date`;

type Count = { count: bigint | number };
const n = (value: bigint | number | null | undefined) => Number(value ?? 0);

/** Tickets filed per bucket and channel (or category), from the daily rows. */
export async function ticketsBy<D extends "channel" | "category">(
  db: DbClient,
  dimension: D,
  days: Days,
  grouping: ReportGrouping,
) {
  const column = Prisma.raw(dimension === "channel" ? "channel" : "category");
  const rows = await db.$queryRaw<({ bucket: Date; value: string } & Count)[]>`
    SELECT ${dayBucketOf(grouping)} AS bucket, ${column} AS value, sum(filed) AS count
    FROM report_daily_tickets WHERE ${inDays(days)}
    GROUP BY 1, ${column} ORDER BY 1, ${column}`;
  return rows.map((row) => ({ bucket: isoDate(row.bucket), value: row.value, tickets: n(row.count) }));
}

/** Statuses that wait on the team ("open" in the backlog) and on the customer ("pending"). */
const WAITING_ON_TEAM = Prisma.sql`('new', 'open', 'on_hold')`;

/**
 * Writes today's backlog (local date of the zone) by who it waits on. The day's last write is its
 * end-of-day figure; a write less than a minute old is kept as is, so a report request that catches
 * up does not count the open tickets again (the condition is a one-time filter: no scan then).
 */
export async function captureBacklog(db: DbClient, zone: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO report_daily_backlog (day, open, pending, captured_at)
    SELECT (now() AT TIME ZONE ${zone})::date, counts.open, counts.pending, now()
    FROM (SELECT count(*) FILTER (WHERE status IN ${WAITING_ON_TEAM}) AS open,
                 count(*) FILTER (WHERE status = 'pending') AS pending
          FROM tickets WHERE status IN ('new', 'open', 'on_hold', 'pending')) counts
    WHERE NOT EXISTS (SELECT 1 FROM report_daily_backlog
                      WHERE day = (now() AT TIME ZONE ${zone})::date
                        AND captured_at > now() - interval '1 minute')
    ON CONFLICT (day) DO UPDATE
    SET open = EXCLUDED.open, pending = EXCLUDED.pending, captured_at = EXCLUDED.captured_at`;
}

/**
 * Unsolved tickets at the end of each bucket: filed before the end and not solved by then. The
 * level at the period's start is the daily rows before it summed; within the period the filings and
 * solutions per bucket are added up (at most a few thousand daily rows in all). Next to it, the
 * open and pending tickets of the bucket's last captured day (null before the job first ran).
 */
export async function backlog(db: DbClient, days: Days, grouping: ReportGrouping, buckets: string[]) {
  const [start] = await db.$queryRaw<{ filed: bigint | null; solved: bigint | null }[]>`
    SELECT (SELECT sum(filed) FROM report_daily_tickets WHERE day < ${days.from}::date) AS filed,
           (SELECT sum(solved) FROM report_daily_solved WHERE day < ${days.from}::date) AS solved`;
  const changes = await db.$queryRaw<({ bucket: Date } & Count)[]>`
    SELECT bucket, sum(change) AS count FROM (
      SELECT ${dayBucketOf(grouping)} AS bucket, filed AS change FROM report_daily_tickets WHERE ${inDays(days)}
      UNION ALL
      SELECT ${dayBucketOf(grouping)}, -solved FROM report_daily_solved WHERE ${inDays(days)}
    ) changes GROUP BY bucket`;
  // At most 731 captured days, oldest first: each bucket keeps its last one.
  const captured = await db.reportDailyBacklog.findMany({
    where: { day: { gte: new Date(`${days.from}T00:00:00Z`), lte: new Date(`${days.to}T00:00:00Z`) } },
    orderBy: { day: "asc" },
    select: { day: true, open: true, pending: true },
  });
  const perBucket = new Map(changes.map((row) => [isoDate(row.bucket), n(row.count)]));
  const byStatus = new Map<string, { open: number; pending: number }>();
  for (const row of captured) {
    const day = isoDate(row.day);
    const bucket = buckets.filter((start) => start <= day).at(-1);
    if (bucket) byStatus.set(bucket, row);
  }
  let unsolved = n(start?.filed) - n(start?.solved);
  return buckets.map((bucket) => {
    unsolved += perBucket.get(bucket) ?? 0;
    const status = byStatus.get(bucket);
    return { bucket, unsolved, open: status?.open ?? null, pending: status?.pending ?? null };
  });
}

/**
 * Median and p90 of the working minutes to the first response and to the solution, of the tickets
 * filed in the period: exact (as `percentile_cont` over every ticket), from the daily counts per
 * minute, so that two years cost as many rows as distinct minutes per day, not one per ticket.
 */
export async function responseTimes(db: DbClient, days: Days) {
  const rows = await db.$queryRaw<{ minutes: number; firstResponses: bigint; resolutions: bigint }[]>`
    SELECT minutes, sum(first_responses) AS "firstResponses", sum(resolutions) AS "resolutions"
    FROM report_daily_minutes WHERE ${inDays(days)}
    GROUP BY minutes ORDER BY minutes`;
  const figures = (counts: MinuteCount[]) => ({
    tickets: counts.reduce((sum, count) => sum + count.tickets, 0),
    medianMinutes: roundTenth(percentileOfCounts(counts, 0.5)),
    p90Minutes: roundTenth(percentileOfCounts(counts, 0.9)),
  });
  return {
    firstResponse: figures(rows.map((row) => ({ minutes: row.minutes, tickets: n(row.firstResponses) }))),
    resolution: figures(rows.map((row) => ({ minutes: row.minutes, tickets: n(row.resolutions) }))),
  };
}

const roundTenth = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export async function serviceLevels(db: DbClient, days: Days) {
  const rows = await db.$queryRaw<
    {
      level: ServiceLevel;
      tickets: bigint;
      firstMet: bigint;
      firstKnown: bigint;
      resolutionMet: bigint;
      resolutionKnown: bigint;
    }[]
  >`
    SELECT sla_level AS level, sum(tickets) AS tickets, sum(first_met) AS "firstMet",
           sum(first_known) AS "firstKnown", sum(resolution_met) AS "resolutionMet",
           sum(resolution_known) AS "resolutionKnown"
    FROM report_daily_levels WHERE ${inDays(days)}
    GROUP BY sla_level ORDER BY sla_level`;
  return rows.map((row) => ({
    level: row.level,
    tickets: n(row.tickets),
    firstResponseMet: n(row.firstMet),
    firstResponseKnown: n(row.firstKnown),
    resolutionMet: n(row.resolutionMet),
    resolutionKnown: n(row.resolutionKnown),
  }));
}

export async function deflectionFunnel(db: DbClient, days: Days) {
  const [row] = await db.$queryRaw<
    {
      sessions: bigint | null;
      shown: bigint | null;
      clicked: bigint | null;
      deflected: bigint | null;
      submittedAnyway: bigint | null;
    }[]
  >`
    SELECT sum(sessions) AS sessions, sum(shown) AS shown, sum(clicked) AS clicked,
           sum(deflected) AS deflected, sum(submitted_anyway) AS "submittedAnyway"
    FROM report_daily_funnel WHERE ${inDays(days)}`;
  return {
    sessions: n(row?.sessions),
    shown: n(row?.shown),
    clicked: n(row?.clicked),
    deflected: n(row?.deflected),
    submittedAnyway: n(row?.submittedAnyway),
  };
}

/** Articles clicked in sessions that ended without a ticket, by how many such sessions. */
export async function topArticles(db: DbClient, days: Days, limit: number) {
  const rows = await db.$queryRaw<{ articleId: string; title: string; deflected: bigint; clicked: bigint }[]>`
    SELECT r.article_id AS "articleId", a.title, sum(r.deflected) AS deflected, sum(r.clicked) AS clicked
    FROM report_daily_articles r JOIN faq_articles a ON a.id = r.article_id
    WHERE ${inDays(days)}
    GROUP BY r.article_id, a.title
    ORDER BY deflected DESC, clicked DESC, a.title
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, deflected: n(row.deflected), clicked: n(row.clicked) }));
}

/** Queries that found no article, by how many form sessions asked them. */
export async function unansweredQueries(db: DbClient, days: Days, limit: number) {
  const rows = await db.$queryRaw<{ query: string; sessions: bigint }[]>`
    SELECT query, sum(sessions) AS sessions FROM report_daily_queries WHERE ${inDays(days)}
    GROUP BY query ORDER BY 2 DESC, 1 LIMIT ${limit}`;
  return rows.map((row) => ({ query: row.query, sessions: n(row.sessions) }));
}

export async function satisfaction(db: DbClient, period: Period) {
  const [row] = await db.$queryRaw<
    { ratings: bigint; good: bigint; comments: bigint; reviewClicks: bigint | null }[]
  >`
    SELECT count(*) AS ratings, count(*) FILTER (WHERE score = 'good') AS good,
           count(*) FILTER (WHERE coalesce(trim(comment), '') <> '') AS comments,
           sum(review_clicks) AS "reviewClicks"
    FROM ticket_ratings WHERE rated_at >= ${period.from} AND rated_at < ${period.to}`;
  const ratings = n(row?.ratings);
  const good = n(row?.good);
  return {
    ratings,
    good,
    bad: ratings - good,
    goodShare: ratings ? Math.round((good / ratings) * 1000) / 1000 : null,
    comments: n(row?.comments),
    reviewClicks: n(row?.reviewClicks),
  };
}

/** Billable blocks per billing month `YYYY-MM` from `fromMonth` to `toMonth`, rounded per ticket. */
export async function billableBlocks(db: DbClient, fromMonth: string, toMonth: string) {
  const rows = await db.$queryRaw<{ month: string; tickets: bigint; blocks: bigint }[]>`
    SELECT billing_month AS month, count(*) AS tickets,
           sum(ceil(minutes::numeric / ${BLOCK_MINUTES}))::bigint AS blocks
    FROM (
      SELECT billing_month, ticket_id, sum(minutes) AS minutes
      FROM time_entries
      WHERE billable AND billing_month >= ${fromMonth} AND billing_month <= ${toMonth}
      GROUP BY billing_month, ticket_id
    ) per_ticket
    WHERE minutes > 0
    GROUP BY billing_month ORDER BY billing_month`;
  return rows.map((row) => ({ month: row.month, tickets: n(row.tickets), blocks: n(row.blocks) }));
}

/** A `date` column as `YYYY-MM-DD` (the driver may hand it over as a Date at UTC midnight or text). */
const isoDate = (date: Date | string) => (typeof date === "string" ? date : date.toISOString()).slice(0, 10);

/** How many tickets the rollup holds (the benchmark checks it caught up with every ticket). */
export async function rollupSize(db: DbClient): Promise<number> {
  return db.reportTicketFact.count();
}
