import { afterAll, describe, expect, it } from "vitest";
import { inWriteTransaction } from "../src/db/write-transaction.ts";
import { createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

// A short settling time, so the test waits seconds, not the production 25 (long enough for a slow machine between a change and the next page).
const SETTLE_SECONDS = 4;
const testApp = await createTestApp({}, {}, {}, { TICKET_EXPORT_SETTLE_SECONDS: String(SETTLE_SECONDS) });
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { token: agent } = await signedInStaff(testApp, "agent");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows the export from a cursor until it has nothing more now; returns the ids seen and the cursor. */
async function sync(cursor: string | undefined, limit = 3) {
  const seen: string[] = [];
  let next = cursor;
  for (;;) {
    const page = await as(agent).get("/tickets/export", {
      limit: String(limit),
      ...(next ? { cursor: next } : {}),
    });
    expect(page.status, page.text).toBe(200);
    seen.push(...page.body.items.map((item: { id: string }) => item.id));
    next = page.body.nextCursor;
    if (!page.body.hasMore) return { seen, cursor: next };
  }
}

describe("the incremental ticket export", () => {
  it("pages through every settled ticket in (updatedAt, id) order, and a changed ticket comes again", async () => {
    const tickets = [];
    for (let i = 0; i < 7; i++) tickets.push(await createTicket(testApp.db, { subject: `Export ${i}` }));
    await sleep(SETTLE_SECONDS * 1000 + 200);
    const first = await sync(undefined);
    for (const ticket of tickets) expect(first.seen).toContain(ticket.id);
    expect(new Set(first.seen).size).toBe(first.seen.length);

    // Nothing changed: the same cursor gives nothing.
    expect((await sync(first.cursor)).seen).toEqual([]);
    const changed = tickets[2];
    expect((await as(agent).patch(`/tickets/${changed?.id}`, { priority: "high" })).status).toBe(200);
    // Not yet settled: not shown, and the cursor does not move past it.
    const early = await sync(first.cursor);
    expect(early.seen).toEqual([]);
    await sleep(SETTLE_SECONDS * 1000 + 200);
    expect((await sync(early.cursor)).seen).toEqual([changed?.id]);
  });

  it("never skips a row that commits late with an older updatedAt than rows already exported", async () => {
    const ticketA = await createTicket(testApp.db, { subject: "Trage schrijver" });
    const ticketB = await createTicket(testApp.db, { subject: "Snelle schrijver" });
    await sleep(SETTLE_SECONDS * 1000 + 200);
    const { cursor } = await sync(undefined, 100);

    // A writer takes A's updatedAt first and commits last; B's change commits in between.
    let releaseA: () => void = () => undefined;
    const aHeld = new Promise<void>((resolve) => {
      releaseA = resolve;
    });
    const slowWrite = inWriteTransaction(testApp.db, async (tx) => {
      await tx.ticket.update({
        where: { id: ticketA.id },
        data: { subject: "Trage schrijver (bijgewerkt)" },
      });
      await aHeld;
    });
    await sleep(100);
    await testApp.db.ticket.update({
      where: { id: ticketB.id },
      data: { subject: "Snelle schrijver (bijgewerkt)" },
    });
    // Concurrently: syncs run while A is still open.
    const during = await Promise.all([sync(cursor, 100), sync(cursor, 100)]);
    for (const run of during) expect(run.seen).not.toContain(ticketB.id);
    await sleep(500);
    releaseA();
    await slowWrite;

    await sleep(SETTLE_SECONDS * 1000 + 200);
    const after = await sync(during[0]?.cursor, 100);
    expect(after.seen).toEqual([ticketA.id, ticketB.id]);
  });

  it("is for the queue's staff: a customer gets 404, a bad cursor 400", async () => {
    const { token } = await signedInCustomer(testApp);
    expect((await as(token).get("/tickets/export")).status).toBe(404);
    const bad = await as(agent).get("/tickets/export", { cursor: "bm9wZQ" });
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toMatch(/application\/problem\+json/);
  });

  it("updated_since narrows the ticket list to what changed since", async () => {
    const old = await createTicket(testApp.db, { subject: "Oud nieuws" });
    await sleep(50);
    const since = new Date().toISOString();
    await sleep(50);
    const fresh = await createTicket(testApp.db, { subject: "Vers nieuws" });
    const list = await as(agent).get("/tickets", { updated_since: since, limit: "100" });
    expect(list.status).toBe(200);
    const ids = list.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(fresh.id);
    expect(ids).not.toContain(old.id);
    expect((await as(agent).get("/tickets", { updated_since: "gisteren" })).status).toBe(400);
  });
});
