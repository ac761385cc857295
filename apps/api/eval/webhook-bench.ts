// `pnpm bench`, webhook part: 1,000 ticket events (tickets filed over the API by customers) fanned out
// to 3 webhook endpoints whose receivers listen on 127.0.0.1 in this process. The API runs as in
// production (its own process, its own dispatcher with its default concurrency and polling). Measured:
// deliveries per second (from the first filing to the last arrival) and the p95 delay from an event's
// `occurredAt` to its arrival. The bare baseline, in the same run: this process POSTs the same bodies,
// signed the same way, to the same receivers with the same concurrency, each released at the moment
// its event happened in the product's run (the same offsets), so both face the same arrival pattern.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createDatabase } from "../src/db/prisma.ts";
import { hashPassword } from "../src/lib/password.ts";
import { bearerOf, type ServerProcess, startApiProcess } from "./api-process.ts";
import { createBenchCustomers, signInBenchCustomers } from "./bench-customers.ts";
import { withScratchDatabase } from "./scratch-database.ts";

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);
const RECEIVERS = 3;
/** The dispatcher's default number of deliveries in flight; the baseline sends with the same. */
const CONCURRENCY = 8;
const FILING_CONCURRENCY = 8;
const CUSTOMERS = 32;
const PASSWORD = "bench-password-1";
const WAIT_MS = 90_000;

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

interface Arrival {
  receiver: number;
  /** The delivery's id, its event's time and the raw body, from the payload. */
  id: string;
  occurredAt: number;
  body: string;
  at: number;
}

/** A receiver that answers 200 at once and notes when each delivery (by its id) arrived. */
async function startReceiver(index: number, arrivals: Arrival[]) {
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      const at = Date.now();
      const { id, occurredAt } = JSON.parse(body) as { id: string; occurredAt: string };
      arrivals.push({ receiver: index, id, occurredAt: Date.parse(occurredAt), body, at });
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the receiver has no port");
  return { server, url: `http://127.0.0.1:${address.port}/hooks` };
}

async function waitFor(arrivals: Arrival[], count: number) {
  const deadline = Date.now() + WAIT_MS;
  while (arrivals.length < count) {
    if (Date.now() > deadline) throw new Error(`only ${arrivals.length} of ${count} deliveries arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  const passwordHash = await hashPassword(PASSWORD);
  await createBenchCustomers(db, CUSTOMERS, passwordHash);
  await db.staffMember.create({
    data: { email: "bench-admin@example.test", name: "Bench", role: "admin", passwordHash },
  });
  await db.$disconnect();

  const arrivals: Arrival[] = [];
  const receivers: Server[] = [];
  let api: ServerProcess | undefined;
  try {
    const endpoints = await Promise.all(
      Array.from({ length: RECEIVERS }, async (_, index) => {
        const receiver = await startReceiver(index, arrivals);
        receivers.push(receiver.server);
        return receiver;
      }),
    );
    api = await startApiProcess(databaseUrl, {
      TRUST_PROXY: "loopback",
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true",
    });
    const { baseUrl } = api;
    const admin = await bearerOf(baseUrl, "bench-admin@example.test", PASSWORD);
    const secrets: string[] = [];
    for (const endpoint of endpoints) {
      const response = await fetch(`${baseUrl}/api/v1/webhooks`, {
        method: "POST",
        headers: { "content-type": "application/json", ...admin },
        body: JSON.stringify({ url: endpoint.url, events: ["ticket.created"], role: "agent" }),
      });
      const created = (await response.json()) as { secret?: string };
      if (response.status !== 201 || !created.secret)
        throw new Error(`registering a webhook answered ${response.status}: ${JSON.stringify(created)}`);
      secrets.push(created.secret);
    }
    const tokens = await signInBenchCustomers(baseUrl, CUSTOMERS, PASSWORD);

    // The product: 1,000 tickets filed, each a `ticket.created` event for all three endpoints.
    const started = Date.now();
    let filed = 0;
    const filer = async (worker: number) => {
      const token = tokens[worker % tokens.length] ?? "";
      while (filed++ < EVENTS) {
        const response = await fetch(`${baseUrl}/api/v1/tickets`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ category: "other", subject: "Webhookbench", message: "Een vraag." }),
        });
        if (response.status !== 201)
          throw new Error(`filing answered ${response.status}: ${await response.text()}`);
        await response.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: FILING_CONCURRENCY }, (_, worker) => filer(worker)));
    const filingSeconds = (Date.now() - started) / 1000;
    const total = EVENTS * RECEIVERS;
    await waitFor(arrivals, total);
    const productArrivals = arrivals.splice(0);

    const unique = new Set(productArrivals.map((arrival) => arrival.id)).size;
    if (unique !== total) throw new Error(`${unique} distinct deliveries arrived, ${total} expected`);
    const delaysOf = (list: Arrival[], sentAt: (arrival: Arrival) => number) =>
      list.map((arrival) => arrival.at - sentAt(arrival)).sort((a, b) => a - b);
    const productDelays = delaysOf(productArrivals, (arrival) => arrival.occurredAt);
    const productSeconds = (Math.max(...productArrivals.map((a) => a.at)) - started) / 1000;

    // The bare baseline: the same bodies, signed, POSTed at their events' offsets, 8 in flight.
    const firstEvent = Math.min(...productArrivals.map((arrival) => arrival.occurredAt));
    // One per delivery (a retried one arrived more than once).
    const queue = [...new Map(productArrivals.map((arrival) => [arrival.id, arrival])).values()]
      .map((arrival) => ({
        ...arrival,
        url: endpoints[arrival.receiver]?.url ?? "",
        secret: secrets[arrival.receiver] ?? "",
        offset: arrival.occurredAt - firstEvent,
      }))
      .sort((a, b) => a.offset - b.offset);
    // The first event came this long after the first filing; the replay keeps that too.
    const lead = firstEvent - started;
    const baseStarted = Date.now();
    const releasedAt = new Map(queue.map((item) => [item.id, baseStarted + lead + item.offset]));
    let next = 0;
    const sender = async () => {
      for (let item = queue[next++]; item; item = queue[next++]) {
        const wait = (releasedAt.get(item.id) ?? 0) - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const timestamp = Math.floor(Date.now() / 1000);
        const signature = createHmac("sha256", item.secret).update(`${timestamp}.${item.body}`).digest("hex");
        const response = await fetch(item.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "Helpdesk-Signature": `t=${timestamp},v1=${signature}`,
          },
          body: item.body,
        });
        await response.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, () => sender()));
    await waitFor(arrivals, total);
    const bareArrivals = arrivals.splice(0);
    const bareDelays = delaysOf(bareArrivals, (arrival) => releasedAt.get(arrival.id) ?? Number.NaN);
    const bareSeconds = (Math.max(...bareArrivals.map((a) => a.at)) - baseStarted) / 1000;

    const productRate = total / productSeconds;
    const bareRate = total / bareSeconds;
    const p95 = percentile(productDelays, 0.95);
    const bareP95 = percentile(bareDelays, 0.95);
    console.log(
      `webhooks ${EVENTS} ticket events x ${RECEIVERS} loopback receivers (filed in ${filingSeconds.toFixed(1)} s, ${unique} distinct deliveries, ${productArrivals.length} arrivals): product ${productRate.toFixed(0)} deliveries/s (p50 ${percentile(productDelays, 0.5)} ms, p95 ${p95} ms event->delivery), bare baseline ${bareRate.toFixed(0)} deliveries/s (p50 ${percentile(bareDelays, 0.5)} ms, p95 ${bareP95} ms), ratio ${(productRate / bareRate).toFixed(2)} (p95 delay ${(p95 / Math.max(bareP95, 1)).toFixed(1)}x the baseline's)`,
    );
  } finally {
    await api?.stop();
    for (const receiver of receivers) {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  }
});
