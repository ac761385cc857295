// Database trouble is something a client can retry: 503 problem+json with Retry-After, and a write
// that could not finish leaves nothing behind (its retry with the same Idempotency-Key then works).
import pg from "pg";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { isTransientDatabaseError } from "../../src/db/database-errors.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { createTestApp, testDatabaseUrl } from "../test-app.ts";
import { until } from "../until.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

/** Holds a lock on the tickets table from another connection: reads pass, inserts wait. */
async function lockTickets() {
  const locker = new pg.Client({ connectionString: testDatabaseUrl() });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query('LOCK TABLE "tickets" IN EXCLUSIVE MODE');
  const { rows } = await locker.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  return {
    pid: rows[0]?.pid ?? 0,
    async release() {
      await locker.query("ROLLBACK");
      await locker.end();
    },
  };
}

/** The backends of this database that wait for a lock (other than `except`). */
async function waitingBackends(except: number): Promise<number[]> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
      [except],
    );
    return rows.map((row) => row.pid);
  } finally {
    await admin.end();
  }
}

async function terminate(pids: number[]) {
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [pids]);
  } finally {
    await admin.end();
  }
}

const fileTicket = (email: string) =>
  request(testApp.app)
    .post("/api/v1/tickets")
    .set("Idempotency-Key", `key-${email}`)
    .send({ category: "other", subject: "Storing", message: "Hallo", email, name: "G" });

/** Nothing of a write for this address exists: no customer, ticket, message, event or key. */
async function expectNothingFor(email: string) {
  expect(await testApp.db.customer.count({ where: { email } })).toBe(0);
  expect(await testApp.db.ticket.count({ where: { customer: { email } } })).toBe(0);
  expect(await testApp.db.idempotencyRecord.count({ where: { key: `key-${email}` } })).toBe(0);
  expect(await testApp.db.domainEvent.count({ where: { payload: { path: ["email"], equals: email } } })).toBe(
    0,
  );
}

describe("database trouble during a request", () => {
  it("a terminated database connection answers 503 with Retry-After, and the retry files the ticket", {
    timeout: 60_000,
  }, async () => {
    const lock = await lockTickets();
    let response: request.Response | undefined;
    try {
      const pending = fileTicket("terminated@example.test").then((r) => {
        response = r;
      });
      const [waiting] = await until(
        () => waitingBackends(lock.pid),
        (pids) => pids.length > 0,
      );
      await terminate([waiting ?? 0]);
      await pending;
    } finally {
      await lock.release();
    }
    expect(response?.status).toBe(503);
    expect(response?.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(response?.headers["retry-after"]).toMatch(/^\d+$/);
    expect(response?.body).toMatchObject({ status: 503, code: "service_unavailable" });
    await expectNothingFor("terminated@example.test");

    await fileTicket("terminated@example.test").expect(201);
    expect(await testApp.db.ticket.count({ where: { customer: { email: "terminated@example.test" } } })).toBe(
      1,
    );
  });

  it("a write stuck behind a locked table stops as a whole before its transaction times out: 503, no partial rows", {
    timeout: 90_000,
  }, async () => {
    const lock = await lockTickets();
    // The lock outlasts the write's whole time budget (20 s), then goes away.
    let released: Promise<void> | undefined;
    const release = () => {
      released ??= lock.release();
      return released;
    };
    const timer = setTimeout(release, 30_000);
    const startedAt = Date.now();
    const response = await fileTicket("locked@example.test");
    const answeredAfterMs = Date.now() - startedAt;
    clearTimeout(timer);
    await release();
    // Answered while the lock was still held, not after it went away.
    expect({ status: response.status, answeredWithinBudget: answeredAfterMs < 20_000 }).toEqual({
      status: 503,
      answeredWithinBudget: true,
    });
    expect(response.headers["retry-after"]).toMatch(/^\d+$/);
    expect(response.body).toMatchObject({ code: "service_unavailable" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectNothingFor("locked@example.test");

    await fileTicket("locked@example.test").expect(201);
    expect(await testApp.db.ticket.count({ where: { customer: { email: "locked@example.test" } } })).toBe(1);
  });

  it("counts a terminated connection, a lock or statement timeout and a pool or transaction wait timeout as passing trouble", () => {
    const known = (code: string, originalCode?: string) =>
      new Prisma.PrismaClientKnownRequestError("x", {
        code,
        clientVersion: "7",
        meta: originalCode ? { driverAdapterError: { cause: { originalCode } } } : undefined,
      });
    expect(isTransientDatabaseError(known("P2039", "57P01"))).toBe(true);
    expect(isTransientDatabaseError(known("P2010", "57P01"))).toBe(true);
    expect(isTransientDatabaseError(known("P2039", "55P03"))).toBe(true);
    expect(isTransientDatabaseError(known("P2039", "57014"))).toBe(true);
    expect(isTransientDatabaseError(known("P2028"))).toBe(true);
    expect(isTransientDatabaseError(known("P1017"))).toBe(true);
    expect(isTransientDatabaseError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isTransientDatabaseError(known("P2002"))).toBe(false);
    expect(isTransientDatabaseError(known("P2039", "22P02"))).toBe(false);
    expect(isTransientDatabaseError(new Error("something else"))).toBe(false);
  });
});
