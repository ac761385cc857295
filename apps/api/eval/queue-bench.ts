// `pnpm bench`, queue part: the staff queue sorted by due time at 1,000,000 tickets, at the server
// (Server-Timing), against `/health` in the same run as the bare baseline. The API runs in its own
// process on loopback; each measurement is a fixed number of requests.

import { createDatabase } from "../src/db/prisma.ts";
import { hashPassword } from "../src/lib/password.ts";
import { bearerOf, startApiProcess } from "./api-process.ts";
import { withScratchDatabase } from "./scratch-database.ts";

// Bulk-inserted with six-digit numbers (#100000-#999999), as tickets filed before the number
// sequence: 900,000 is as many as that range holds (new tickets take nine digits, see ticket-number.ts).
const TICKETS = Math.min(900_000, Number(process.env.BENCH_QUEUE_TICKETS ?? 900_000));
const REQUESTS = 300;

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
};

async function measure(url: () => string, headers: Record<string, string>, concurrency: number) {
  const atServer: number[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent++ < REQUESTS) {
      const response = await fetch(url(), { headers });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${url()} answered ${response.status}: ${body}`);
      atServer.push(Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1]));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return percentiles(atServer);
}

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  const seeding = performance.now();
  // A thousand customers, a million tickets: a quarter still open with a running clock (due times
  // spread over two weeks either side of now, so some are breached), the rest solved or closed.
  await db.$executeRaw`
    INSERT INTO customers (id, email, name, updated_at)
    SELECT gen_random_uuid(), 'bench-' || g || '@example.test', 'Klant ' || g, now()
    FROM generate_series(1, 1000) g`;
  await db.$executeRawUnsafe(`
    WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM customers)
    INSERT INTO tickets (id, number, subject, status, priority, category, channel, customer_id,
                         created_at, updated_at, sla_level, sla_next_due_at, sla_breached)
    SELECT gen_random_uuid(), 99999 + g, 'Vraag ' || g,
           (CASE WHEN g % 4 = 0 THEN (ARRAY['new','open','pending','on_hold'])[1 + g % 16 / 4]
                 ELSE (ARRAY['solved','closed'])[1 + g % 2] END)::"TicketStatus",
           'normal', 'technical', 'web', c.ids[1 + g % 1000],
           now() - (g % 100000) * interval '1 minute', now(), 'best_effort',
           CASE WHEN g % 4 = 0 THEN now() + ((g % 40320) - 20160) * interval '1 minute' END,
           CASE WHEN g % 4 = 0 AND g % 40320 < 20160 THEN ARRAY['first_response'] ELSE ARRAY[]::text[] END
    FROM generate_series(1, ${TICKETS}) g CROSS JOIN c`);
  await db.$executeRaw`ANALYZE`;
  const agent = await db.staffMember.create({
    data: {
      email: "bench-agent@example.test",
      name: "Bench",
      role: "agent",
      passwordHash: await hashPassword("bench-password-1"),
    },
  });
  await db.$disconnect();
  console.log(`queue: ${TICKETS} tickets seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);

  const api = await startApiProcess(databaseUrl);
  try {
    const auth = await bearerOf(api.baseUrl, agent.email, "bench-password-1");
    const open = `${api.baseUrl}/api/v1/tickets?status=new,open,pending,on_hold&sort=due&limit=25`;
    const first = (await (await fetch(open, { headers: auth })).json()) as { nextCursor: string };
    const cases: [string, () => string, Record<string, string>][] = [
      ["/health (baseline)", () => `${api.baseUrl}/api/v1/health`, {}],
      ["open views by due, page 1", () => open, auth],
      ["open views by due, page 2", () => `${open}&cursor=${encodeURIComponent(first.nextCursor)}`, auth],
      ["breached, by due", () => `${api.baseUrl}/api/v1/tickets?breached=true&sort=due&limit=25`, auth],
    ];
    for (const [, url, headers] of cases) await measure(url, headers, 1); // warm-up
    const ms = (value: number) => value.toFixed(1).padStart(6);
    for (const concurrency of [1, 4]) {
      const baseline = await measure(cases[0]?.[1] ?? (() => ""), {}, concurrency);
      for (const [label, url, headers] of cases) {
        const result = label.startsWith("/health") ? baseline : await measure(url, headers, concurrency);
        console.log(
          `queue ${String(TICKETS).padStart(7)} tickets ${concurrency} concurrent ${label.padEnd(28)} server p50 ${ms(result.p50)} p95 ${ms(result.p95)} ms (${(result.p95 / Math.max(baseline.p95, 0.01)).toFixed(1)}x /health p95)`,
        );
      }
    }
  } finally {
    await api.stop();
  }
});
