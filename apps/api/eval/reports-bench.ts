// `pnpm bench`, reports part: the dashboard's queries at 1,000,000 tickets and 5,000,000 suggestion
// events (two years), bulk-loaded with generate_series into a scratch database. Measured two ways,
// each next to a bare baseline of the same run: every query of the report on its own (p95 over a
// fixed number of runs, against `SELECT 1` on the same connection pool), and the whole report
// endpoint at the server (Server-Timing, against `/health`). Then the plan of the slowest query and
// how fast the rollup job counts changed tickets. Not part of the test suite.
import { createDatabase } from "../src/db/prisma.ts";
import { hashPassword } from "../src/lib/password.ts";
import * as repository from "../src/modules/reports/reports.repository.ts";
import { bucketsOf, createReportsService, localMidnight } from "../src/modules/reports/reports.service.ts";
import { bearerOf, startApiProcess } from "./api-process.ts";
import { withScratchDatabase } from "./scratch-database.ts";

const TICKETS = Number(process.env.BENCH_REPORT_TICKETS ?? 1_000_000);
const SESSIONS = Number(process.env.BENCH_REPORT_SESSIONS ?? 1_250_000); // four events each: 5,000,000
const RUNS = 10;
const ZONE = "Europe/Amsterdam";

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;
};
const ms = (value: number) => value.toFixed(1).padStart(7);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  const seeding = performance.now();
  // Tickets spread evenly over the last two years; each has its rollup row (bulk-loaded here as the
  // job would write it; the job itself is timed below on tickets changed afterwards).
  await db.$executeRawUnsafe(`
    INSERT INTO tickets (id, number, subject, status, priority, category, channel, created_at,
                         updated_at, sla_level, first_responded_at, sla_breached)
    SELECT gen_random_uuid(), 99999 + g, 'Vraag ' || g,
           (CASE WHEN g % 10 = 0 THEN 'open' WHEN g % 10 = 1 THEN 'pending' ELSE 'solved' END)::"TicketStatus",
           'normal',
           (ARRAY['administrative','billing','cancellation','technical','remote_support','callback','other'])[1 + g % 7]::"TicketCategory",
           (ARRAY['web','phone','email','api'])[1 + g % 4]::"TicketChannel",
           now() - (g * (730 * 86400.0 / ${TICKETS})) * interval '1 second', now() - interval '1 hour',
           (ARRAY['best_effort','standard','premium'])[1 + g % 3]::"ServiceLevel",
           CASE WHEN g % 10 <> 0 THEN now() - (g * (730 * 86400.0 / ${TICKETS})) * interval '1 second' + (g % 600) * interval '1 minute' END,
           CASE WHEN g % 13 = 0 THEN ARRAY['first_response'] ELSE ARRAY[]::text[] END
    FROM generate_series(1, ${Math.min(TICKETS, 900_000)}) g`);
  if (TICKETS > 900_000)
    // Numbers past the six-digit range for the rest (nine digits, as the sequence gives).
    await db.$executeRawUnsafe(`
      INSERT INTO tickets (id, number, subject, status, priority, category, channel, created_at, updated_at)
      SELECT gen_random_uuid(), 100000000 + g, 'Vraag ' || g, 'solved', 'normal',
             (ARRAY['administrative','billing','technical','other'])[1 + g % 4]::"TicketCategory",
             (ARRAY['web','phone','email','api'])[1 + g % 4]::"TicketChannel",
             now() - (random() * 730) * interval '1 day', now() - interval '1 hour'
      FROM generate_series(1, ${TICKETS - 900_000}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO report_ticket_facts (ticket_id, created_at, channel, category, sla_level,
      first_response_minutes, first_response_met, solved_at, resolution_minutes, resolution_met, ticket_updated_at)
    SELECT id, created_at, channel, category, sla_level,
           CASE WHEN first_responded_at IS NOT NULL THEN (number % 600) / 3 END,
           CASE WHEN 'first_response' = ANY(sla_breached) THEN false WHEN first_responded_at IS NOT NULL THEN true END,
           CASE WHEN status = 'solved' THEN created_at + (number % 5000) * interval '1 minute' END,
           CASE WHEN status = 'solved' THEN (number % 5000) / 3 END,
           CASE WHEN status = 'solved' THEN number % 7 <> 0 END,
           updated_at
    FROM tickets`);
  const faqCategory = await db.faqCategory.create({ data: { slug: "bench", name: "Bench" } });
  await db.faqArticle.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      slug: `artikel-${i}`,
      title: `Artikel ${i}`,
      body: "Antwoord",
      status: "published" as const,
      categoryId: faqCategory.id,
    })),
  });
  // Per session: shown (a fifth found nothing), then a click on one of 60 articles, then abandoned
  // (deflected) or submitted: four events, two years.
  await db.$executeRawUnsafe(`
    WITH a AS (SELECT array_agg(id ORDER BY slug) AS ids FROM faq_articles),
    s AS (
      SELECT gen_random_uuid() AS session, g,
             now() - (g * (730 * 86400.0 / ${SESSIONS})) * interval '1 second' AS at
      FROM generate_series(1, ${SESSIONS}) g
    )
    INSERT INTO faq_suggestion_events (id, form_session_id, type, article_id, query_words, result_count, created_at)
    SELECT gen_random_uuid(), s.session, e.type::"FaqSuggestionEventType",
           CASE WHEN e.type = 'clicked' THEN a.ids[1 + s.g % 60] END,
           CASE WHEN e.type = 'shown' THEN ARRAY['vraag', 'woord' || (s.g % 300)] ELSE ARRAY[]::text[] END,
           CASE WHEN e.type = 'shown' THEN CASE WHEN s.g % 5 = 0 THEN 0 ELSE 3 END END,
           s.at + e.n * interval '10 seconds'
    FROM s CROSS JOIN a
    CROSS JOIN LATERAL (VALUES (0, 'shown'), (1, 'clicked'), (2, 'clicked'),
                               (3, CASE WHEN s.g % 3 = 0 THEN 'submitted' ELSE 'abandoned' END)) e(n, type)`);
  await db.$executeRawUnsafe(`
    INSERT INTO ticket_ratings (ticket_id, score, comment, rated_at, changed_at, review_clicks)
    SELECT id, (CASE WHEN number % 5 = 0 THEN 'bad' ELSE 'good' END)::"RatingScore",
           CASE WHEN number % 4 = 0 THEN 'Opmerking' END, created_at + interval '2 days',
           created_at + interval '2 days', number % 2
    FROM tickets WHERE number % 5 < 2`);
  // Two years of end-of-day backlog captures, as the job leaves them (one row a day).
  await db.$executeRawUnsafe(`
    INSERT INTO report_daily_backlog (day, open, pending, captured_at)
    SELECT d::date, 9000 + (extract(doy FROM d)::int % 500), 4000 + (extract(dow FROM d)::int * 50), d + interval '23 hours'
    FROM generate_series(current_date - 730, current_date - 1, interval '1 day') d`);
  // The daily rows of every day, recounted from the facts as the job's first run does.
  const recountStart = performance.now();
  await repository.markAllDaysDirty(db, ZONE);
  await createReportsService({ db }).refresh();
  console.log(
    `reports daily rollup: the job's first run (every day recounted, a month per transaction) in ${((performance.now() - recountStart) / 1000).toFixed(1)} s`,
  );
  // As autovacuum leaves a settled table: statistics, and the visibility map index-only scans need.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const admin = await db.staffMember.create({
    data: {
      email: "bench-admin@example.test",
      name: "Bench",
      role: "admin",
      passwordHash: await hashPassword("bench-password-1"),
    },
  });
  const counts = await db.$queryRaw<{ tickets: bigint; events: bigint; minutes: bigint }[]>`
    SELECT (SELECT count(*) FROM tickets) AS tickets, (SELECT count(*) FROM faq_suggestion_events) AS events,
           (SELECT count(*) FROM report_daily_minutes) AS minutes`;
  console.log(
    `reports: ${counts[0]?.tickets} tickets, ${counts[0]?.events} suggestion events seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s; ${counts[0]?.minutes} rows of minutes per day`,
  );

  // The dashboard's default: the last 28 days, by day; and the longest: two years by month.
  const today = isoDay(new Date());
  const daysBack = (days: number) => isoDay(new Date(Date.now() - days * 86400_000));
  const periods = [
    { label: "28 days by day", from: daysBack(27), to: today, grouping: "day" as const },
    { label: "2 years by month", from: daysBack(729), to: today, grouping: "month" as const },
  ];
  const timed = async (run: () => Promise<unknown>) => {
    await run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    return p95(times);
  };
  const baseline = await timed(() => db.$queryRaw`SELECT 1`);
  let slowest = { label: "", p95: 0, explain: "" };
  for (const { label, from, to, grouping } of periods) {
    const period = {
      from: localMidnight(ZONE, from),
      to: localMidnight(ZONE, isoDay(new Date(Date.parse(`${to}T00:00:00Z`) + 86400_000))),
    };
    const days = { from, to };
    const queries: [string, () => Promise<unknown>, string][] = [
      ["tickets by channel", () => repository.ticketsBy(db, "channel", days, grouping), "daily"],
      ["tickets by category", () => repository.ticketsBy(db, "category", days, grouping), "daily"],
      ["backlog", () => repository.backlog(db, days, grouping, bucketsOf(from, to, grouping)), "daily"],
      // The job's count of today's open and pending tickets (made stale first, so it counts each run).
      [
        "backlog capture",
        async () => {
          await db.$executeRaw`UPDATE report_daily_backlog SET captured_at = captured_at - interval '2 minutes'`;
          await repository.captureBacklog(db, ZONE);
        },
        "tickets",
      ],
      ["response times", () => repository.responseTimes(db, days), "daily"],
      ["service levels", () => repository.serviceLevels(db, days), "daily"],
      ["deflection funnel", () => repository.deflectionFunnel(db, days), "daily"],
      ["top articles", () => repository.topArticles(db, days, 10), "daily"],
      ["unanswered queries", () => repository.unansweredQueries(db, days, 10), "daily"],
      ["satisfaction", () => repository.satisfaction(db, period), "ratings"],
      ["billable blocks", () => repository.billableBlocks(db, from.slice(0, 7), to.slice(0, 7)), "time"],
    ];
    console.log(`reports ${label} (${from} .. ${to}); SELECT 1 p95 ${ms(baseline)} ms`);
    for (const [name, run] of queries) {
      const result = await timed(run);
      console.log(
        `reports ${label.padEnd(17)} ${name.padEnd(20)} p95 ${ms(result)} ms (${(result / Math.max(baseline, 0.01)).toFixed(0)}x SELECT 1)`,
      );
      if (result > slowest.p95) slowest = { label: `${label}: ${name}`, p95: result, explain: name };
    }
  }
  // The plan of the slowest, as SQL: its core over the longest period.
  const longest = periods[1] ?? periods[0];
  if (longest && slowest.explain) {
    const cores: Record<string, string> = {
      "response times": `SELECT minutes, sum(first_responses), sum(resolutions) FROM report_daily_minutes
           WHERE day >= '${longest.from}' GROUP BY minutes ORDER BY minutes`,
      "top articles": `SELECT article_id, sum(deflected), sum(clicked) FROM report_daily_articles
           WHERE day >= '${longest.from}' GROUP BY article_id ORDER BY 2 DESC LIMIT 10`,
      "unanswered queries": `SELECT query, sum(sessions) FROM report_daily_queries
           WHERE day >= '${longest.from}' GROUP BY query ORDER BY 2 DESC, 1 LIMIT 10`,
      satisfaction: `SELECT count(*), count(*) FILTER (WHERE score = 'good') FROM ticket_ratings
           WHERE rated_at >= '${localMidnight(ZONE, longest.from).toISOString()}'`,
    };
    const core =
      cores[slowest.explain] ??
      `SELECT date_trunc('month', day::timestamp), channel, sum(filed) FROM report_daily_tickets
           WHERE day >= '${longest.from}' GROUP BY 1, 2`;
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${core}`);
    console.log(`reports slowest: ${slowest.label} (p95 ${ms(slowest.p95)} ms); plan of its core:`);
    for (const row of plan) console.log(`  ${row["QUERY PLAN"]}`);
  }

  // The job: 10,000 tickets changed since the last run, counted on the calendar and upserted.
  await db.$executeRaw`UPDATE tickets SET updated_at = now() WHERE number BETWEEN 100000 AND 109999`;
  const reports = createReportsService({ db });
  const refreshStart = performance.now();
  const refreshed = await reports.refresh();
  console.log(
    `reports rollup job: ${refreshed} changed tickets in ${((performance.now() - refreshStart) / 1000).toFixed(1)} s; rollup holds ${await reports.rollupSize()}`,
  );
  await db.$disconnect();

  const api = await startApiProcess(databaseUrl);
  try {
    const auth = await bearerOf(api.baseUrl, admin.email, "bench-password-1");
    const atServer = async (url: string, headers: Record<string, string>) => {
      const times: number[] = [];
      for (let i = 0; i <= 20; i++) {
        const response = await fetch(url, { headers });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body}`);
        if (i > 0) times.push(Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1]));
      }
      return p95(times);
    };
    const health = await atServer(`${api.baseUrl}/api/v1/health`, {});
    for (const { label, from, to, grouping } of periods) {
      const whole = await atServer(
        `${api.baseUrl}/api/v1/reports?from=${from}&to=${to}&grouping=${grouping}`,
        auth,
      );
      console.log(
        `reports GET /reports ${label.padEnd(17)} (both periods, all figures) server p95 ${ms(whole)} ms; /health p95 ${ms(health)} ms (${(whole / Math.max(health, 0.01)).toFixed(0)}x)`,
      );
    }
  } finally {
    await api.stop();
  }
});
