// `pnpm bench`, queue part: every queue view, filter, sort, next page, the counts and search at
// 1,000,000 tickets, at the server (Server-Timing), next to `/health` in the same run, at 1 and 8
// concurrent agents; then the plans of the queue's queries. The API runs in its own process.

import { createDatabase } from "../src/db/prisma.ts";
import { Prisma } from "../src/generated/prisma/client.ts";
import { hashPassword } from "../src/lib/password.ts";
import { queueViewFilters } from "../src/modules/tickets/ticket-counts.ts";
import { createdKeyset, dueKeyset, filterSql } from "../src/modules/tickets/ticket-list-conditions.ts";
import {
  cappedCountsSql,
  searchIndexSql,
  searchWalkSql,
  type TicketFilters,
} from "../src/modules/tickets/ticket-lists.repository.ts";
import { bearerOf, startApiProcess } from "./api-process.ts";
import { withScratchDatabase } from "./scratch-database.ts";

const TICKETS = Number(process.env.BENCH_QUEUE_TICKETS ?? 1_000_000);
// Six-digit numbers (#100000-#999999, as before the sequence) hold 900,000; the rest get nine digits.
const LEGACY = Math.min(900_000, TICKETS);
const CUSTOMERS = 20_000;
const REQUESTS = Number(process.env.BENCH_QUEUE_REQUESTS ?? 100);
const OPEN = "new,open,pending,on_hold";

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
};

async function measure(url: string, headers: Record<string, string>, concurrency: number) {
  const atServer: number[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent++ < REQUESTS) {
      const response = await fetch(url, { headers });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body}`);
      atServer.push(Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1]));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return percentiles(atServer);
}

/** Tickets `from`..`to` (generate_series values), numbered `number(g)`; one message each. */
function insertTickets(from: number, to: number, number: string) {
  return Prisma.sql`
    WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM customers),
         s AS (SELECT array_agg(id ORDER BY id) AS ids FROM staff_members)
    INSERT INTO tickets (id, number, subject, status, priority, category, channel, customer_id, assignee_id,
                         created_at, updated_at, sla_level, sla_next_due_at, sla_breached)
    SELECT gen_random_uuid(), ${Prisma.raw(number)},
           (ARRAY['Webmail doet het niet','Factuur klopt niet','Domein verhuizen','Website traag',
                  'Wachtwoord vergeten','Opzeggen hosting','Storing e-mail','Vraag over DNS'])[1 + g % 8] || ' ' || g,
           (CASE WHEN g % 4 = 0 THEN (ARRAY['new','open','pending','on_hold'])[1 + g % 16 / 4]
                 ELSE (ARRAY['solved','closed'])[1 + g % 2] END)::"TicketStatus",
           (ARRAY['low','normal','normal','normal','normal','normal','normal','high','high','urgent'])[1 + g % 10]::"TicketPriority",
           (ARRAY['technical','technical','technical','other','other','billing','cancellation'])[1 + g % 7]::"TicketCategory",
           'web', c.ids[1 + g % ${CUSTOMERS}],
           CASE WHEN g % 3 = 0 THEN s.ids[1 + g % cardinality(s.ids)] END,
           now() - (${TICKETS} - g) * interval '1 minute' / 2, now(), 'best_effort',
           CASE WHEN g % 4 = 0 THEN now() + ((g % 40320) - 20160) * interval '1 minute' END,
           CASE WHEN g % 4 = 0 AND g % 40320 < 20160 THEN ARRAY['first_response'] ELSE ARRAY[]::text[] END
    FROM generate_series(${from}::int, ${to}::int) g CROSS JOIN c CROSS JOIN s`;
}

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  const seeding = performance.now();
  await db.$executeRaw`
    INSERT INTO customers (id, email, name, updated_at, postal_address, iban)
    SELECT gen_random_uuid(), 'klant' || g || '@voorbeeld.test', 'Klant ' || g, now(),
           'Dorpsstraat ' || g || ', 1234 AB Ergens', 'NL00BANK' || lpad(g::text, 10, '0')
    FROM generate_series(1, ${CUSTOMERS}::int) g`;
  const agent = await db.staffMember.create({
    data: {
      email: "bench-agent@example.test",
      name: "Bench",
      role: "agent",
      passwordHash: await hashPassword("bench-password-1"),
    },
  });
  await db.$executeRaw`
    INSERT INTO staff_members (id, email, name, role, updated_at)
    SELECT gen_random_uuid(), 'collega' || g || '@example.test', 'Collega ' || g, 'agent', now()
    FROM generate_series(1, 9) g`;
  await db.$executeRaw(insertTickets(1, LEGACY, "99999 + g"));
  if (TICKETS > LEGACY) await db.$executeRaw(insertTickets(LEGACY + 1, TICKETS, "100000000 + g * 7"));
  // One message per ticket: common words, and a rarer one (one ticket in 5,000 has each).
  await db.$executeRaw`
    INSERT INTO ticket_messages (id, ticket_id, author_kind, author_customer_id, body, created_at)
    SELECT gen_random_uuid(), t.id, 'customer', t.customer_id,
           'Goedendag, ik heb een probleem met mijn ' ||
           (ARRAY['mailbox','betalingen','facturen','website','domeinnaam'])[1 + t.number % 5] ||
           '. Kenmerk zoekcode' || (t.number % 5000) || '. Met vriendelijke groet.', t.created_at
    FROM tickets t`;
  await db.$executeRaw`VACUUM ANALYZE`;
  const sample = await db.ticket.findFirstOrThrow({ where: { number: 100_000 + Math.floor(LEGACY / 2) } });
  await db.$disconnect();
  console.log(
    `queue: ${TICKETS} tickets, ${CUSTOMERS} customers, one message each, seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s`,
  );

  const api = await startApiProcess(databaseUrl);
  try {
    const auth = await bearerOf(api.baseUrl, agent.email, "bench-password-1");
    const list = (query: string) => `${api.baseUrl}/api/v1/tickets?limit=25&${query}`;
    const nextPageOf = async (query: string) => {
      const first = (await (await fetch(list(query), { headers: auth })).json()) as { nextCursor: string };
      return list(`${query}&cursor=${encodeURIComponent(first.nextCursor)}`);
    };
    const cases: [string, string][] = [
      ["all, newest", list("")],
      ["all, newest, page 2", await nextPageOf("")],
      ["all, oldest", list("sort=oldest")],
      ["all, oldest, page 2", await nextPageOf("sort=oldest")],
      ["open view, newest", list(`status=${OPEN}&snoozed=false`)],
      ["open view, page 2", await nextPageOf(`status=${OPEN}&snoozed=false`)],
      ["open view, by due", list(`status=${OPEN}&snoozed=false&sort=due`)],
      ["open view, by due, page 2", await nextPageOf(`status=${OPEN}&snoozed=false&sort=due`)],
      ["mine", list(`status=${OPEN}&snoozed=false&assignee=me`)],
      ["unassigned", list(`status=${OPEN}&snoozed=false&assignee=none`)],
      ["waiting", list("status=pending&snoozed=false")],
      ["solved", list("status=solved")],
      ["category billing", list("category=billing")],
      ["category billing, page 2", await nextPageOf("category=billing")],
      ["priority urgent, open", list(`priority=urgent&status=${OPEN}`)],
      ["breached, by due", list("breached=true&sort=due")],
      ["counts", `${api.baseUrl}/api/v1/tickets/counts`],
      ["counts, category billing", `${api.baseUrl}/api/v1/tickets/counts?category=billing`],
      ["search rare word", list("q=zoekcode1234")],
      ["search stem (betaling)", list("q=betaling")],
      ["search two words", list("q=factuur%20zoekcode42")],
      ["search number", list(`q=%23${sample.number}`)],
      ["search e-mail part", list("q=klant1234@voorb")],
    ];
    const health = `${api.baseUrl}/api/v1/health`;
    for (const [, url] of cases) await measure(url, auth, 1); // warm-up
    const ms = (value: number) => value.toFixed(1).padStart(6);
    console.log(`| case | agents | p50 ms | p95 ms | p95 / health p95 |\n| --- | --- | --- | --- | --- |`);
    for (const concurrency of [1, 8]) {
      const baseline = await measure(health, {}, concurrency);
      console.log(
        `| /health (baseline) | ${concurrency} | ${ms(baseline.p50)} | ${ms(baseline.p95)} | 1.0 |`,
      );
      for (const [label, url] of cases) {
        const result = await measure(url, auth, concurrency);
        console.log(
          `| ${label} | ${concurrency} | ${ms(result.p50)} | ${ms(result.p95)} | ${(result.p95 / Math.max(baseline.p95, 0.01)).toFixed(1)} |`,
        );
      }
    }
  } finally {
    await api.stop();
  }

  // The plans: the same SQL the repository runs for a page (ids in order) and for a capped count.
  const plans = createDatabase(databaseUrl);
  const queue = { kind: "queue" } as const;
  const now = new Date();
  const open = { status: ["new", "open", "pending", "on_hold"], snoozed: { value: false, now } };
  const position = {
    createdAt: new Date(Date.now() - 3_600_000),
    id: "ffffffff-ffff-4fff-bfff-ffffffffffff",
  };
  const pages: [string, Prisma.Sql, { after: Prisma.Sql; order: Prisma.Sql }][] = [
    ["all, newest, page 2", filterSql(queue, {}), createdKeyset(position, "desc")],
    ["all, oldest, page 2", filterSql(queue, {}), createdKeyset(position, "asc")],
    ["open view, newest", filterSql(queue, open), createdKeyset(undefined, "desc")],
    ["open view, by due", filterSql(queue, open), dueKeyset(undefined)],
    [
      "priority urgent, open",
      filterSql(queue, { ...open, priority: ["urgent"] }),
      createdKeyset(undefined, "desc"),
    ],
    [
      "category billing, page 2",
      filterSql(queue, { category: ["billing"] }),
      createdKeyset(position, "desc"),
    ],
  ];
  for (const [label, where, keyset] of pages) {
    const rows = await plans.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
      SELECT t.id FROM tickets t WHERE ${where} AND ${keyset.after} ORDER BY ${keyset.order} LIMIT 26`;
    console.log(`\nplan: ${label}\n${rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
  }
  // A search's two tries (see searchPageIds): the walk, and when it did not fill the page, the index.
  const searches: [string, string][] = [
    ["search stem (betaling)", "betaling"],
    ["search two words", "factuur zoekcode42"],
    ["search rare word", "zoekcode1234"],
    ["search number", `#${sample.number}`],
  ];
  for (const [label, text] of searches) {
    for (const [step, query] of [
      ["walk", searchWalkSql],
      ["index", searchIndexSql],
    ] as const) {
      const plan = await plans.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
        ${query(queue, { text }, createdKeyset(undefined, "desc"), 26)}`;
      console.log(`\nplan: ${label}, ${step}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
    }
  }
  // The counts statement of `/tickets/counts` (all views, as the service asks; then with a category).
  const countCases: [string, TicketFilters][] = [
    ["counts", {}],
    ["counts, category billing", { category: ["billing"] }],
  ];
  for (const [label, shared] of countCases) {
    const views = queueViewFilters(shared, (assignee) => (assignee === "me" ? agent.id : null), now);
    const sla = [
      { ...shared, ...open, breached: { value: true, now } },
      { ...shared, ...open, dueBefore: new Date(Date.now() + 86_400_000) },
    ];
    const counts = cappedCountsSql(queue, [shared, ...sla, ...views.map(([, filters]) => filters)]);
    const plan = await plans.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${counts}`;
    console.log(`\nplan: ${label}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
  }
  await plans.$disconnect();
});
