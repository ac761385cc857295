// `pnpm bench:live`: 500 open live streams and 50 ticket changes a second for 10 s, against the API
// in its own process. Reports the delivery time (from sending the change to each stream reading
// it) and the API process's resident memory before and with the streams open.
import { readFile } from "node:fs/promises";
import { createDatabase } from "../src/db/prisma.ts";
import { hashPassword } from "../src/lib/password.ts";
import { bearerOf, startApiProcess } from "./api-process.ts";
import { withScratchDatabase } from "./scratch-database.ts";

const STREAMS = Number(process.env.BENCH_LIVE_STREAMS ?? 500);
const EVENTS_PER_SECOND = Number(process.env.BENCH_LIVE_RATE ?? 50);
const SECONDS = 10;
const TICKETS = 50;

const rssMb = async (pid: number | undefined) => {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

await withScratchDatabase(async (databaseUrl) => {
  const db = createDatabase(databaseUrl);
  const agent = await db.staffMember.create({
    data: {
      email: "bench-live@example.test",
      name: "Bench",
      role: "agent",
      passwordHash: await hashPassword("bench-password-1"),
    },
  });
  const customer = await db.customer.create({ data: { email: "bench-klant@example.test", name: "Klant" } });
  const tickets = await Promise.all(
    Array.from({ length: TICKETS }, (_, i) =>
      db.ticket.create({
        data: {
          number: 100_000 + i,
          subject: `Vraag ${i}`,
          category: "technical",
          channel: "web",
          customerId: customer.id,
        },
        select: { id: true },
      }),
    ),
  );
  await db.$disconnect();

  const api = await startApiProcess(databaseUrl);
  try {
    const auth = await bearerOf(api.baseUrl, agent.email, "bench-password-1");
    const rssBefore = await rssMb(api.pid);

    // When the k-th change of a ticket was sent, and each stream's arrival times of them.
    const sentAt = new Map<string, number[]>();
    const delays: number[] = [];
    const seen = new Map<string, number>();
    const streams: AbortController[] = [];
    for (let s = 0; s < STREAMS; s++) {
      const issued = await fetch(`${api.baseUrl}/api/v1/live/stream-tickets`, {
        method: "POST",
        headers: auth,
      });
      const { ticket } = (await issued.json()) as { ticket: string };
      const controller = new AbortController();
      streams.push(controller);
      const response = await fetch(`${api.baseUrl}/api/v1/live/stream?ticket=${ticket}`, {
        signal: controller.signal,
      });
      const perTicket = new Map<string, number>();
      void (async () => {
        const decoder = new TextDecoder();
        try {
          for await (const chunk of response.body ?? []) {
            const now = performance.now();
            for (const match of decoder
              .decode(chunk as Uint8Array, { stream: true })
              .matchAll(/"ticketId":"([^"]+)","kind":"message"/g)) {
              const ticketId = match[1] ?? "";
              const k = perTicket.get(ticketId) ?? 0;
              perTicket.set(ticketId, k + 1);
              const sent = sentAt.get(ticketId)?.[k];
              if (sent !== undefined) delays.push(now - sent);
              seen.set(ticketId, (seen.get(ticketId) ?? 0) + 1);
            }
          }
        } catch {
          // Aborted at the end.
        }
      })();
    }
    const rssOpen = await rssMb(api.pid);

    const total = EVENTS_PER_SECOND * SECONDS;
    const start = performance.now();
    const writes: Promise<unknown>[] = [];
    const writeTimes: number[] = [];
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / EVENTS_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const ticketId = tickets[i % TICKETS]?.id ?? "";
      const times = sentAt.get(ticketId) ?? [];
      const sentNow = performance.now();
      times.push(sentNow);
      sentAt.set(ticketId, times);
      writes.push(
        fetch(`${api.baseUrl}/api/v1/tickets/${ticketId}/messages`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ body: `Notitie ${i}`, internal: true }),
        }).then((response) => {
          if (response.status !== 201) throw new Error(`a change answered ${response.status}`);
          writeTimes.push(performance.now() - sentNow);
        }),
      );
    }
    await Promise.all(writes);
    const expected = total * STREAMS;
    const deadline = performance.now() + 30_000;
    while (delays.length < expected && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rssPeak = await rssMb(api.pid);
    const sorted = [...delays].sort((a, b) => a - b);
    const writesSorted = [...writeTimes].sort((a, b) => a - b);
    console.log(
      `live: ${STREAMS} streams, ${EVENTS_PER_SECOND} changes/s for ${SECONDS} s: ` +
        `${delays.length} of ${expected} deliveries, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, ` +
        `p95 ${percentile(sorted, 0.95).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms; ` +
        `API memory (RSS) ${rssBefore.toFixed(0)} MB idle, ${rssOpen.toFixed(0)} MB with the streams open, ` +
        `${rssPeak.toFixed(0)} MB after the changes; the changes themselves took p50 ` +
        `${percentile(writesSorted, 0.5).toFixed(0)} ms, p95 ${percentile(writesSorted, 0.95).toFixed(0)} ms`,
    );
    for (const controller of streams) controller.abort();
  } finally {
    await api.stop();
  }
});
