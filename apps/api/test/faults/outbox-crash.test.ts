// A dispatcher that dies mid-batch (kill -9, or its database connections terminated) must not send
// again what the mail server already accepted: at most the e-mails in flight (one per lane) can
// repeat. Twenty e-mails, so that sending a batch again would show.
import pg from "pg";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { OUTBOX_LANES } from "../../src/modules/outbox/outbox-dispatcher.ts";
import type { ReceivedEmail } from "../smtp-inbox.ts";
import { createTestApp, testDatabaseUrl } from "../test-app.ts";
import { until } from "../until.ts";
import { startApiProcess } from "./api-process.ts";

const TICKETS = 20;

// A slow mail server (as a busy relay is): the crash comes while a batch is being sent.
// One proxy in front: each guest comes from an address of its own (guest limits are per address).
const testApp = await createTestApp({}, { leaseMs: 1_000 }, { delayMs: 600 }, { TRUST_PROXY: "loopback" });
afterAll(() => testApp.close());

/** Files `count` guest tickets while nothing sends, so one dispatcher round finds them all due. */
async function fileTickets(prefix: string, count: number): Promise<string[]> {
  await testApp.outbox.stop();
  const addresses = Array.from({ length: count }, (_, index) => `${prefix}-${index}@example.test`);
  for (const [index, email] of addresses.entries()) {
    await request(testApp.app)
      .post("/api/v1/tickets")
      .set("X-Forwarded-For", `203.0.113.${index + 1}`)
      .set("Idempotency-Key", `key-${email}`)
      .send({ category: "other", subject: "Storing", message: "Hallo", email, name: "G" })
      .expect(201);
  }
  return addresses;
}

const received = (prefix: string) =>
  testApp.inbox.messages.filter((message) => message.to[0]?.startsWith(`${prefix}-`));

// -1 while the probe itself meets a connection that was terminated (the pool then replaces it).
const undispatched = (prefix: string) =>
  testApp.db.domainEvent
    .count({
      where: {
        type: "ticket.created",
        dispatchedAt: null,
        ticket: { customer: { email: { startsWith: `${prefix}-` } } },
      },
    })
    .catch(() => -1);

/** Every address got its e-mail; returns how many arrived more than once. */
function duplicatesAmong(messages: ReceivedEmail[], addresses: string[]): number {
  const perAddress = new Map<string, number>();
  for (const message of messages) {
    const to = message.to[0] ?? "";
    perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  }
  for (const address of addresses) expect(perAddress.get(address) ?? 0).toBeGreaterThanOrEqual(1);
  return [...perAddress.values()].reduce((sum, times) => sum + (times - 1), 0);
}

describe("the outbox when its process dies mid-batch", () => {
  it("after kill -9 while a batch is sent, only the e-mails in flight can arrive twice", {
    timeout: 180_000,
  }, async () => {
    const addresses = await fileTickets("killed", TICKETS);
    const smtpUrl = testApp.inbox.url;
    const env = { OUTBOX_LEASE_SECONDS: "2" };
    const first = await startApiProcess({ smtpUrl, env });
    await until(
      () => received("killed").length,
      (count) => count >= 3,
    );
    first.kill("SIGKILL");
    await first.exited;
    const second = await startApiProcess({ smtpUrl, env });
    try {
      await until(
        () => undispatched("killed"),
        (left) => left === 0,
        120_000,
      );
    } finally {
      second.kill("SIGKILL");
      await second.exited;
    }
    const duplicates = duplicatesAmong(received("killed"), addresses);
    console.info(
      `kill -9 mid-batch: ${received("killed").length} e-mails for ${TICKETS}, ${duplicates} duplicate(s)`,
    );
    expect(duplicates).toBeLessThanOrEqual(OUTBOX_LANES);
  });

  it("after its database connections are terminated mid-batch, only the e-mails in flight can arrive twice", {
    timeout: 120_000,
  }, async () => {
    const addresses = await fileTickets("terminated", TICKETS);
    testApp.outbox.start();
    await until(
      () => received("terminated").length,
      (count) => count >= 3,
    );
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
    } finally {
      await admin.end();
    }
    await until(
      () => undispatched("terminated"),
      (left) => left === 0,
      90_000,
    );
    const duplicates = duplicatesAmong(received("terminated"), addresses);
    console.info(
      `connections terminated mid-batch: ${received("terminated").length} e-mails for ${TICKETS}, ${duplicates} duplicate(s)`,
    );
    expect(duplicates).toBeLessThanOrEqual(OUTBOX_LANES);
  });
});
