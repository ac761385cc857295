// The only code that queries live_events and live_stream_tickets.
import type { Database, DbClient } from "../../db/prisma.ts";

/** The channel every API process listens on; the payload is the new event's id. */
export const LIVE_EVENTS_CHANNEL = "live_events";

export interface NewLiveEvent {
  ticketId: string;
  kind: string;
  customerVisible: boolean;
}

/**
 * Inside the change's own transaction. The advisory lock makes ids follow commit order: a writer
 * takes its ids only once the previous writer has committed, so a stream that delivered id n never
 * later finds a smaller id committed (which a resume from `Last-Event-ID: n` would skip).
 */
export async function insertLiveEvents(tx: DbClient, events: NewLiveEvent[]): Promise<void> {
  // One statement, one round trip: the rows' ids (their column default) are drawn only once the
  // lock's subquery has given the rows to insert, so after the lock; in the order given. The NOTIFYs
  // are delivered by PostgreSQL at COMMIT, and not at all on rollback.
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO live_events (ticket_id, kind, customer_visible)
      SELECT e.ticket_id, e.kind, e.customer_visible
      FROM (SELECT pg_advisory_xact_lock(hashtext('live_events'))) locked,
           unnest(${events.map((event) => event.ticketId)}::uuid[], ${events.map((event) => event.kind)}::text[],
                  ${events.map((event) => event.customerVisible)}::boolean[])
             WITH ORDINALITY AS e(ticket_id, kind, customer_visible, position)
      ORDER BY e.position
      RETURNING id
    )
    SELECT pg_notify(${LIVE_EVENTS_CHANNEL}, id::text) FROM inserted`;
}

export interface LiveEventRow {
  id: bigint;
  ticketId: string;
  kind: string;
  customerVisible: boolean;
  ticket: { customerId: string | null; createdByStaffId: string | null };
}

/** Events after an id, oldest first, with the ticket facts the audience filter needs. */
export function listLiveEventsAfter(db: DbClient, afterId: bigint, limit: number): Promise<LiveEventRow[]> {
  return db.liveEvent.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      ticketId: true,
      kind: true,
      customerVisible: true,
      ticket: { select: { customerId: true, createdByStaffId: true } },
    },
  });
}

export async function lastLiveEventId(db: DbClient): Promise<bigint> {
  const { _max } = await db.liveEvent.aggregate({ _max: { id: true } });
  return _max.id ?? 0n;
}

/** The oldest event still kept, or null when none is: a resume from before it may have missed some. */
export async function oldestLiveEventId(db: DbClient): Promise<bigint | null> {
  const { _min } = await db.liveEvent.aggregate({ _min: { id: true } });
  return _min.id ?? null;
}

/**
 * Deletes up to `limit` events older than `before`, oldest first, and never the newest event: its id
 * is where a starting process's hub begins. Returns how many went.
 */
export async function pruneLiveEventsBefore(db: DbClient, before: Date, limit: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM live_events WHERE id IN (
      SELECT id FROM live_events
      WHERE created_at < ${before} AND id < (SELECT max(id) FROM live_events)
      ORDER BY id LIMIT ${limit})`;
}

export async function insertStreamTicket(
  db: Database,
  ticket: { tokenHash: string; sessionId: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  // A session's unused, expired tickets go as it asks for a new one.
  await db.liveStreamTicket.deleteMany({ where: { sessionId: ticket.sessionId, expiresAt: { lte: now } } });
  await db.liveStreamTicket.create({ data: ticket });
}

/** Uses a ticket up: the session it was for, or null when unknown, expired or used already. */
export async function consumeStreamTicket(
  db: Database,
  tokenHash: string,
  now: Date,
): Promise<string | null> {
  const rows = await db.$queryRaw<{ session_id: string }[]>`
    DELETE FROM live_stream_tickets WHERE token_hash = ${tokenHash} AND expires_at > ${now}
    RETURNING session_id::text`;
  return rows[0]?.session_id ?? null;
}
