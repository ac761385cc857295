// `pnpm bench`: latency of FAQ suggestions under concurrent load, on loopback only, with the API in
// its own process. Two corpora: the seed FAQ, and the seed FAQ plus 10,000 synthetic articles made
// from its words. Each run is bounded (a fixed number of requests, and a time cap). Two figures:
// at the server (its Server-Timing header: from the first middleware to the response headers) and
// at the client (adds HTTP, JSON and waiting for the event loop; the client shares the machine).
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createDatabase, type Database } from "../src/db/prisma.ts";
import { startApiProcess } from "./api-process.ts";
import { addSyntheticArticles } from "./faq-bench-corpus.ts";
import { labelledQueries, typedSentences } from "./faq-queries.ts";
import { ticketTexts } from "./faq-ticket-texts.ts";
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

/**
 * Whole ticket texts at the form's limit: each text's subject and message, followed by the messages
 * of the next texts, cut at the last whole word within 500 characters.
 */
const MAX_TEXT = 500;
const wholeTexts = ticketTexts.map((text, index) => {
  let joined = `${text.subject} ${text.message}`;
  for (let next = index + 1; joined.length < MAX_TEXT; next++) {
    joined += ` ${ticketTexts[next % ticketTexts.length]?.message ?? ""}`;
  }
  return joined.slice(0, joined.lastIndexOf(" ", MAX_TEXT));
});

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

async function measure(
  { baseUrl, cpuMs }: { baseUrl: string; cpuMs: () => number },
  concurrency: number,
  pathFor: (q: string) => string,
  texts: string[] = queries,
) {
  const atClient: number[] = [];
  const atServer: number[] = [];
  let next = 0;
  let failures = 0;
  const cpuBefore = cpuMs();
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS && performance.now() - started < TIME_CAP_MS) {
      const q = texts[next++ % texts.length] ?? "";
      const before = performance.now();
      const response = await fetch(`${baseUrl}${pathFor(q)}`);
      await response.arrayBuffer();
      atClient.push(performance.now() - before);
      atServer.push(
        Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? Number.NaN),
      );
      if (response.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: atClient.length,
    failures,
    perSecond: atClient.length / seconds,
    // The API process's own CPU time per request: steadier than latency when other work shares the cores.
    cpuPerRequest: (cpuMs() - cpuBefore) / atClient.length,
    client: percentiles(atClient),
    server: percentiles(atServer),
  };
}

const suggestionsPath = (q: string) => `/api/v1/faqs/suggestions?q=${encodeURIComponent(q)}&limit=5`;

async function benchCorpus(
  name: string,
  databaseUrl: string,
  prepare: (db: Database) => Promise<void>,
  withBaseline = false,
) {
  const db = createDatabase(databaseUrl);
  await prepare(db);
  const articles = await db.faqArticle.count();
  await db.$disconnect();
  const api = await startApiProcess(databaseUrl);
  try {
    // Warm-up: connections, the search index, PostgreSQL's buffers.
    for (const q of queries.slice(0, 100))
      await (await fetch(`${api.baseUrl}${suggestionsPath(q)}`)).arrayBuffer();
    const ms = (value: number) => `${value.toFixed(1)}`.padStart(5);
    const report = (label: string, concurrency: number, result: Awaited<ReturnType<typeof measure>>) =>
      console.log(
        `${label.padEnd(24)} ${String(articles).padStart(6)} articles ${String(concurrency).padStart(2)} concurrent ` +
          `${result.requests} requests | server p50 ${ms(result.server.p50)} p95 ${ms(result.server.p95)} ` +
          `p99 ${ms(result.server.p99)} ms | client p50 ${ms(result.client.p50)} p95 ${ms(result.client.p95)} ` +
          `p99 ${ms(result.client.p99)} ms | API CPU ${ms(result.cpuPerRequest)} ms/request | ${result.perSecond.toFixed(0)}/s${result.failures ? `, ${result.failures} failed` : ""}`,
      );
    for (const concurrency of CONCURRENCY_LEVELS) {
      report(name, concurrency, await measure(api, concurrency, suggestionsPath));
      report(
        "  500-char ticket texts",
        concurrency,
        await measure(api, concurrency, suggestionsPath, wholeTexts),
      );
      // The same stack without search: what HTTP, middleware and the client cost on this machine now.
      if (withBaseline)
        report(
          "  baseline GET /health",
          concurrency,
          await measure(api, concurrency, () => "/api/v1/health"),
        );
    }
  } finally {
    await api.stop();
  }
}

console.log("FAQ suggestions latency (GET /api/v1/faqs/suggestions over loopback, API in its own process)");
console.log(
  `short queries: ${queries.length}; whole ticket texts: ${wholeTexts.length}, ` +
    `${Math.min(...wholeTexts.map((text) => text.length))}-${Math.max(...wholeTexts.map((text) => text.length))} characters`,
);
// `--large-only`: just the 10,000-article corpus (the figure the target is about), for a quick check.
if (!process.argv.includes("--large-only")) {
  await withScratchDatabase((url) =>
    benchCorpus("seed FAQ", url, async (db) => void (await importFaqContent(db)), true),
  );
}
await withScratchDatabase((url) =>
  benchCorpus(
    "seed + 10,000 synthetic",
    url,
    async (db) => {
      await importFaqContent(db);
      await addSyntheticArticles(db, SYNTHETIC_ARTICLES);
    },
    true,
  ),
);
