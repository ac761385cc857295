// What other modules call to put a change on the live streams, in the change's own transaction.
import type { LiveEventKind } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { atEndOfTransaction } from "../../db/write-transaction.ts";
import { insertLiveEvents, type NewLiveEvent } from "./live.repository.ts";

export type StoredLiveEventKind = Exclude<LiveEventKind, "presence">;

/** The events a write transaction recorded so far, written together at its end. */
const waitingOf = new WeakMap<DbClient, NewLiveEvent[]>();

/**
 * In a write transaction, the events wait for its end: their insert takes the global lock that
 * keeps ids in commit order (live.repository.ts), and so holds it only from there to COMMIT.
 */
export async function recordLiveEvent(
  tx: DbClient,
  ticketId: string,
  change: { kind: StoredLiveEventKind; customerVisible: boolean },
): Promise<void> {
  const event = { ticketId, ...change };
  const waiting = waitingOf.get(tx);
  if (waiting) {
    waiting.push(event);
    return;
  }
  const events = [event];
  if (atEndOfTransaction(tx, waitingOf, () => insertLiveEvents(tx, events))) {
    waitingOf.set(tx, events);
    return;
  }
  await insertLiveEvents(tx, events);
}
