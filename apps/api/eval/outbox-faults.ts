// `tsx apps/api/eval/outbox-faults.ts`: kill -9 under load. Starts the API as its own process on a
// throwaway database with a slow local SMTP sink, files guest tickets over HTTP (a few at a time,
// each retried with its Idempotency-Key until acknowledged), kills the API with SIGKILL while it is
// sending, starts it again, and counts: tickets acknowledged and in the database (lost, duplicated),
// e-mails delivered and delivered twice. Loopback only.
//
// OUTBOX_FAULT_TICKETS (default 80), OUTBOX_FAULT_SMTP_DELAY_MS (default 500), OUTBOX_FAULT_KILL_AT
// (e-mails received before the kill, default 3).
import { createDatabase } from "../src/db/prisma.ts";
import { startApiProcess } from "./api-process.ts";
import { withScratchDatabase } from "./scratch-database.ts";
import { startSmtpSink } from "./smtp-sink.ts";

const TICKETS = Number(process.env.OUTBOX_FAULT_TICKETS ?? 80);
const SMTP_DELAY_MS = Number(process.env.OUTBOX_FAULT_SMTP_DELAY_MS ?? 500);
const KILL_AT = Number(process.env.OUTBOX_FAULT_KILL_AT ?? 3);
const CONCURRENCY = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A slow sink: takes SMTP_DELAY_MS per message before it accepts it, and counts per recipient.
const delivered = new Map<string, number>();
let deliveredTotal = 0;
const sink = await startSmtpSink(async (recipients) => {
  await sleep(SMTP_DELAY_MS);
  for (const address of recipients) delivered.set(address, (delivered.get(address) ?? 0) + 1);
  deliveredTotal++;
});
const smtpUrl = sink.url;

await withScratchDatabase(async (databaseUrl) => {
  // A short lease, so the e-mail in flight at the kill is tried again within the run.
  const apiEnv = { SMTP_URL: smtpUrl, OUTBOX_LEASE_SECONDS: "5", LOG_LEVEL: "fatal" };
  let api = await startApiProcess(databaseUrl, apiEnv);
  let restarting: Promise<void> | undefined;
  const acknowledged = new Set<string>();
  let requests = 0;

  async function file(email: string) {
    const body = JSON.stringify({
      category: "other",
      subject: "Storing",
      message: "Hallo",
      email,
      name: "G",
    });
    for (;;) {
      await restarting;
      requests++;
      const response = await fetch(`${api.baseUrl}/api/v1/tickets`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": `fault-${email}` },
        body,
      }).catch(() => undefined);
      if (response?.status === 201) {
        acknowledged.add(email);
        return;
      }
      await sleep(300);
    }
  }

  const addresses = Array.from({ length: TICKETS }, (_, index) => `fault-${index}@example.test`);
  const queue = [...addresses];
  const filing = Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let email = queue.shift(); email; email = queue.shift()) await file(email);
    }),
  );
  // kill -9 while tickets are being filed and e-mails sent.
  while (deliveredTotal < KILL_AT) await sleep(50);
  const killedWith = { delivered: deliveredTotal, acknowledged: acknowledged.size };
  restarting = (async () => {
    await api.kill();
    api = await startApiProcess(databaseUrl, apiEnv);
  })();
  await restarting;
  await filing;

  const db = createDatabase(databaseUrl);
  try {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const left = await db.domainEvent.count({
        where: { type: "ticket.created", dispatchedAt: null, failedAt: null },
      });
      if (left === 0) break;
      if (Date.now() > deadline) throw new Error(`${left} confirmations still unsent after 10 minutes`);
      await sleep(500);
    }
    await sleep(SMTP_DELAY_MS * 2);
    const perEmail = await db.ticket.groupBy({ by: ["customerId"], _count: { _all: true } });
    const ticketsInDb = perEmail.reduce((sum, row) => sum + row._count._all, 0);
    const duplicateTickets = perEmail.reduce((sum, row) => sum + row._count._all - 1, 0);
    const missing = addresses.filter((address) => !delivered.has(address)).length;
    const duplicateEmails = [...delivered.values()].reduce((sum, times) => sum + times - 1, 0);
    console.log(
      [
        `kill -9 under load: ${TICKETS} tickets sent (${requests} requests), ${acknowledged.size} acknowledged,`,
        `${ticketsInDb} in the database (${duplicateTickets} duplicated);`,
        `killed when ${killedWith.delivered} e-mails had arrived and ${killedWith.acknowledged} tickets were acknowledged;`,
        `${deliveredTotal} e-mails delivered, ${missing} missing, ${duplicateEmails} duplicated`,
      ].join(" "),
    );
  } finally {
    await db.$disconnect();
    await api.stop();
  }
});
await sink.close();
