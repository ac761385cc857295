// The live events' global lock (ids in commit order, see modules/live) is taken at the end of a write
// transaction, so that concurrent writes wait on each other for one round trip, not their whole length.
import { afterAll, describe, expect, it } from "vitest";
import { inWriteTransaction } from "../src/db/write-transaction.ts";
import { recordLiveEvent } from "../src/modules/live/live-events.ts";
import { createTicket } from "./factories.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

/** Whether any session holds the live events' advisory lock now (asked on another connection). */
async function liveLockHeld(): Promise<boolean> {
  const { rows } = await testApp.db.pool.query<{ held: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
       AND objid = (hashtext('live_events')::bigint & 4294967295)::oid) AS held`,
  );
  return rows[0]?.held ?? false;
}

describe("the live events' lock", () => {
  it("is taken only at the end of a write transaction, and its events are written in order", async () => {
    const ticket = await createTicket(testApp.db);
    const before = await testApp.db.liveEvent.count({ where: { ticketId: ticket.id } });
    const heldMidway: boolean[] = [];
    await inWriteTransaction(testApp.db, async (tx) => {
      await recordLiveEvent(tx, ticket.id, { kind: "message", customerVisible: true });
      heldMidway.push(await liveLockHeld());
      await recordLiveEvent(tx, ticket.id, { kind: "status", customerVisible: false });
      heldMidway.push(await liveLockHeld());
    });
    expect(heldMidway).toEqual([false, false]);
    const events = await testApp.db.liveEvent.findMany({
      where: { ticketId: ticket.id },
      orderBy: { id: "asc" },
      skip: before,
    });
    expect(events.map((event) => [event.kind, event.customerVisible])).toEqual([
      ["message", true],
      ["status", false],
    ]);
  });

  it("a write transaction that fails leaves no live event behind", async () => {
    const ticket = await createTicket(testApp.db);
    const before = await testApp.db.liveEvent.count({ where: { ticketId: ticket.id } });
    await expect(
      inWriteTransaction(testApp.db, async (tx) => {
        await recordLiveEvent(tx, ticket.id, { kind: "message", customerVisible: true });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await testApp.db.liveEvent.count({ where: { ticketId: ticket.id } })).toBe(before);
  });
});
