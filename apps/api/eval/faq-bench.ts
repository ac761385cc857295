// `pnpm bench`: latency of FAQ suggestions at the server, under concurrent load, on loopback only.
// Two corpora: the seed FAQ, and the seed FAQ plus 10,000 synthetic articles made from its words.
// Each run is bounded (a fixed number of requests, and a time cap). Latency is measured by the
// client on 127.0.0.1, so it includes HTTP and JSON: an upper bound for the time at the server.
import type { AddressInfo } from "node:net";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import type { Database } from "../src/db/prisma.ts";
import { createTestApp } from "../test/test-app.ts";
import { addSyntheticArticles } from "./faq-bench-corpus.ts";
import { labelledQueries, typedSentences } from "./faq-queries.ts";
import { withScratchDatabase } from "./scratch-database.ts";

/** Requests in flight at once; the machine has 2 cores shared by client, API and PostgreSQL. */
const CONCURRENCY_LEVELS = [1, 4, 8];
const REQUESTS = 1500;
const TIME_CAP_MS = 60_000;
const SYNTHETIC_ARTICLES = 10_000;

/** What customers type, from the evaluation set, with every typing stage of the sentences. */
const queries = [
  ...labelledQueries.map((query) => query.q),
  ...typedSentences.flatMap((sentence) => {
    const words = sentence.text.split(" ");
    return words.map((_, index) => words.slice(0, index + 1).join(" "));
  }),
];

async function measure(baseUrl: string, concurrency: number, pathFor: (q: string) => string) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS && performance.now() - started < TIME_CAP_MS) {
      const q = queries[next++ % queries.length] ?? "";
      const before = performance.now();
      const response = await fetch(`${baseUrl}${pathFor(q)}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - before);
      if (response.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    failures,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

const suggestionsPath = (q: string) => `/api/v1/faqs/suggestions?q=${encodeURIComponent(q)}&limit=5`;

async function benchCorpus(
  name: string,
  databaseUrl: string,
  prepare: (db: Database) => Promise<void>,
  withBaseline = false,
) {
  process.env.TEST_DATABASE_URL = databaseUrl;
  const testApp = await createTestApp();
  await prepare(testApp.db);
  const server = testApp.app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // Warm-up: connections, the vocabulary cache, PostgreSQL's buffers.
    for (const q of queries.slice(0, 100))
      await (await fetch(`${baseUrl}/api/v1/faqs/suggestions?q=${encodeURIComponent(q)}`)).arrayBuffer();
    const articles = await testApp.db.faqArticle.count();
    const report = (label: string, concurrency: number, result: Awaited<ReturnType<typeof measure>>) =>
      console.log(
        `${label.padEnd(24)} ${String(articles).padStart(6)} articles  ${String(concurrency).padStart(2)} concurrent  ` +
          `${result.requests} requests: p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  ` +
          `p99 ${result.p99.toFixed(1)} ms  (${result.perSecond.toFixed(0)}/s${result.failures ? `, ${result.failures} failed` : ""})`,
      );
    for (const concurrency of CONCURRENCY_LEVELS) {
      report(name, concurrency, await measure(baseUrl, concurrency, suggestionsPath));
      // The same stack without search: what HTTP, middleware and the client cost on this machine.
      if (withBaseline)
        report(
          "  baseline GET /health",
          concurrency,
          await measure(baseUrl, concurrency, () => "/api/v1/health"),
        );
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await testApp.close();
  }
}

console.log("FAQ suggestions latency (GET /api/v1/faqs/suggestions over loopback)");
await withScratchDatabase((url) =>
  benchCorpus("seed FAQ", url, async (db) => void (await importFaqContent(db)), true),
);
await withScratchDatabase((url) =>
  benchCorpus("seed + 10,000 synthetic", url, async (db) => {
    await importFaqContent(db);
    await addSyntheticArticles(db, SYNTHETIC_ARTICLES);
  }),
);
