// `pnpm bench`, creation part: `POST /api/v1/tickets` as a signed-in customer at 1, 8 and 32
// concurrent, the API (its own process, as in production) against a bare node:http + pg server doing
// the same SQL (creation-baseline-server.ts), alternately in the same run on the same database.
// Throughput is requests per second over a fixed number of requests; latency is what the client saw.
// The API's own outbox sends the confirmations meanwhile, to a local SMTP sink: how long each waited
// from the 201 until the mail server had it is measured too.
import { createDatabase } from "../src/db/prisma.ts";
import { hashPassword } from "../src/lib/password.ts";
import { type ServerProcess, startApiProcess, startServerProcess } from "./api-process.ts";
import { createBenchCustomers, signInBenchCustomers } from "./bench-customers.ts";
import { withScratchDatabase } from "./scratch-database.ts";
import { startSmtpSink } from "./smtp-sink.ts";

const REQUESTS_PER_CLIENT = Number(process.env.BENCH_CREATION_REQUESTS ?? 40);
const CONCURRENCY = [1, 8, 32];
const CUSTOMERS = 32;
const PASSWORD = "bench-password-1";
const secrets = {
  JWT_SECRET: "creation-bench-access-token-secret-0123456789",
  REPLY_ADDRESS_SECRET: "creation-bench-reply-address-secret-0123456789",
  TICKET_NUMBER_SECRET: "creation-bench-ticket-number-secret-0123456789",
};

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

/** When each ticket was answered 201 (by id), and when the mail server had its confirmation. */
const filedAt = new Map<string, number>();
const confirmationWaits: number[] = [];
const sink = await startSmtpSink((_recipients, headers) => {
  const ticketId = /^Message-ID:\s*<ticket\.([0-9a-f-]+)@/im.exec(headers)?.[1];
  const filed = ticketId && filedAt.get(ticketId);
  if (!ticketId || !filed) return;
  confirmationWaits.push(performance.now() - filed);
  filedAt.delete(ticketId);
});

/** Waits until every ticket filed so far has its confirmation (or two minutes passed). */
async function confirmationsOfTheLoad() {
  const deadline = performance.now() + 120_000;
  while (filedAt.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const waits = [...confirmationWaits].sort((a, b) => a - b);
  const missing = filedAt.size;
  confirmationWaits.length = 0;
  filedAt.clear();
  return {
    count: waits.length,
    missing,
    p50: percentile(waits, 0.5),
    p95: percentile(waits, 0.95),
    max: waits.at(-1) ?? 0,
  };
}

async function measure(server: ServerProcess, tokens: string[], concurrency: number, requests: number) {
  const { baseUrl } = server;
  const cpuBefore = server.cpuMs();
  const latencies: number[] = [];
  let sent = 0;
  const client = async (worker: number) => {
    const token = tokens[worker % tokens.length] ?? "";
    while (sent++ < requests) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/tickets`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          category: "other",
          subject: "Mijn website is traag",
          message: "Sinds vanochtend laadt elke pagina van mijn webshop erg langzaam.",
        }),
      });
      const body = await response.text();
      if (response.status !== 201) throw new Error(`${baseUrl} answered ${response.status}: ${body}`);
      latencies.push(performance.now() - started);
      filedAt.set((JSON.parse(body) as { id: string }).id, performance.now());
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, worker) => client(worker)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: requests / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    cpuPerRequest: (server.cpuMs() - cpuBefore) / requests,
  };
}

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  const passwordHash = await hashPassword(PASSWORD);
  await createBenchCustomers(db, CUSTOMERS, passwordHash);
  await db.$disconnect();

  const servers: ServerProcess[] = [];
  let sampler: NodeJS.Timeout | undefined;
  try {
    const api = await startApiProcess(databaseUrl, {
      ...secrets,
      TRUST_PROXY: "loopback",
      SMTP_URL: sink.url,
    });
    servers.push(api);
    const baseline = await startServerProcess("eval/creation-baseline-server.ts", "/health", {
      DATABASE_URL: databaseUrl,
      ...secrets,
    });
    servers.push(baseline);
    // Signed in through the API; the baseline checks the same tokens against the same sessions.
    const tokens = await signInBenchCustomers(api.baseUrl, CUSTOMERS, PASSWORD);
    const idleRss = api.rssMb();
    // The API's resident memory through the load, sampled four times a second.
    let peakRss = idleRss;
    sampler = setInterval(() => {
      peakRss = Math.max(peakRss, api.rssMb());
    }, 250);
    for (const server of [api, baseline]) await measure(server, tokens, 8, 200); // warm-up
    await confirmationsOfTheLoad();

    const rate = (value: number) => value.toFixed(0).padStart(5);
    const ms = (value: number) => value.toFixed(1).padStart(6);
    for (const concurrency of CONCURRENCY) {
      const requests = REQUESTS_PER_CLIENT * Math.max(concurrency, 8);
      const product = await measure(api, tokens, concurrency, requests);
      const bare = await measure(baseline, tokens, concurrency, requests);
      const waits = await confirmationsOfTheLoad();
      console.log(
        `creation POST /tickets as a customer ${String(concurrency).padStart(2)} concurrent: product ${rate(product.perSecond)} req/s (p50 ${ms(product.p50)}, p99 ${ms(product.p99)} ms, CPU ${ms(product.cpuPerRequest)} ms/req), bare baseline ${rate(bare.perSecond)} req/s (p50 ${ms(bare.p50)}, p99 ${ms(bare.p99)} ms, CPU ${ms(bare.cpuPerRequest)} ms/req), ratio ${(product.perSecond / bare.perSecond).toFixed(2)} (CPU ${(bare.cpuPerRequest / product.cpuPerRequest).toFixed(2)})`,
      );
      console.log(
        `  confirmations meanwhile: ${waits.count} sent by the API's outbox${waits.missing ? `, ${waits.missing} MISSING after two minutes` : ""}; wait from 201 to the mail server p50 ${ms(waits.p50)}, p95 ${ms(waits.p95)}, max ${ms(waits.max)} ms`,
      );
    }
    clearInterval(sampler);
    // Given back? The same process a minute after the load (BENCH_SETTLE_SECONDS to shorten).
    await new Promise((resolve) =>
      setTimeout(resolve, Number(process.env.BENCH_SETTLE_SECONDS ?? 60) * 1000),
    );
    const settledRss = api.rssMb();
    console.log(
      `creation API memory: idle ${idleRss.toFixed(0)} MB, peak under load ${peakRss.toFixed(0)} MB, a minute later ${settledRss.toFixed(0)} MB (${((100 * settledRss) / idleRss - 100).toFixed(0)}% over idle)`,
    );
  } finally {
    clearInterval(sampler);
    await Promise.all(servers.map((server) => server.stop()));
    await sink.close();
  }
});
