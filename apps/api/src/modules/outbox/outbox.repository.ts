// The only code that reads and writes the outbox (`domain_events`): customer-visible happenings
// recorded in the transaction of the change, delivered later by the dispatcher.
import type { Database, DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export interface OutboxEvent {
  id: string;
  type: string;
  ticketId: string | null;
  payload: unknown;
  occurredAt: Date;
}

export async function insertOutboxEvent(
  db: DbClient,
  event: { type: string; ticketId?: string | null; payload: Record<string, unknown> },
): Promise<string> {
  const row = await db.domainEvent.create({
    data: {
      type: event.type,
      ticketId: event.ticketId ?? null,
      payload: event.payload as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return row.id;
}

/** An event claimed for one delivery try; `attempts` counts this try and identifies the claim. */
export interface ClaimedEvent {
  event: OutboxEvent;
  attempts: number;
}

/**
 * Claims up to `limit` due events for one delivery try each, in one short statement: counts the try
 * and leases each row (it is not due again until `leaseMs` from now), so another process skips it,
 * and a process that dies mid-send leaves it to be tried again once the lease has run out. Least
 * recently tried first, so a backlog of failing rows cannot starve the rest. Returned in the order
 * they happened.
 */
export async function claimDueEvents(db: DbClient, leaseMs: number, limit: number): Promise<ClaimedEvent[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      type: string;
      ticket_id: string | null;
      payload: unknown;
      occurred_at: Date;
      attempts: number;
    }[]
  >`
    UPDATE "domain_events"
    SET "attempts" = "attempts" + 1,
        "next_attempt_at" = now() + make_interval(secs => ${leaseMs / 1000})
    WHERE "id" IN (
      SELECT "id" FROM "domain_events"
      WHERE "dispatched_at" IS NULL AND "failed_at" IS NULL AND "next_attempt_at" <= now()
      ORDER BY "next_attempt_at", "occurred_at"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "type", "ticket_id", "payload", "occurred_at", "attempts"`;
  return rows
    .map((row) => ({
      event: {
        id: row.id,
        type: row.type,
        ticketId: row.ticket_id,
        payload: row.payload,
        occurredAt: row.occurred_at,
      },
      attempts: row.attempts,
    }))
    .sort((a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime());
}

/**
 * The mail server accepted these events' e-mails (or there was none to send). Through the pool
 * itself: the outbox marks every e-mail, and Prisma's cost per statement would be most of it.
 */
export async function markDispatched(db: Database, ids: string[]): Promise<void> {
  await db.pool.query(
    `UPDATE "domain_events" SET "dispatched_at" = now(), "last_error" = NULL, "failed_at" = NULL
     WHERE "id" = ANY($1::uuid[]) AND "dispatched_at" IS NULL`,
    [ids],
  );
}

/**
 * A failed try of the claim `claimed`: retried at `nextAttemptAt`, or dead-lettered when that is
 * null. `attempts` is what the row counts afterwards. Ignored when the claim is no longer ours.
 */
export async function markAttemptFailed(
  db: DbClient,
  id: string,
  claimed: number,
  failure: { attempts: number; error: string; nextAttemptAt: Date | null },
): Promise<void> {
  await db.domainEvent.updateMany({
    where: { id, attempts: claimed, dispatchedAt: null },
    data: {
      attempts: failure.attempts,
      lastError: failure.error.slice(0, 1000),
      ...(failure.nextAttemptAt ? { nextAttemptAt: failure.nextAttemptAt } : { failedAt: new Date() }),
    },
  });
}

/**
 * Gives a claim back untried (shutting down before its e-mail was accepted, or the mail server went
 * away before its turn): due again at `dueAt`, the try not counted.
 */
export async function releaseClaim(
  db: DbClient,
  id: string,
  claimed: number,
  dueAt = new Date(),
): Promise<void> {
  await db.domainEvent.updateMany({
    where: { id, attempts: claimed, dispatchedAt: null },
    data: { attempts: claimed - 1, nextAttemptAt: dueAt },
  });
}

export async function listDeadLetters(db: DbClient, take: number) {
  return db.domainEvent.findMany({
    where: { failedAt: { not: null } },
    orderBy: { failedAt: "desc" },
    take,
    select: {
      id: true,
      type: true,
      ticketId: true,
      attempts: true,
      lastError: true,
      occurredAt: true,
      failedAt: true,
    },
  });
}

/** Puts a dead letter back in the queue; false when there is no such dead letter. */
export async function requeueDeadLetter(db: DbClient, id: string): Promise<boolean> {
  const retried = await db.domainEvent.updateMany({
    where: { id, failedAt: { not: null } },
    data: { failedAt: null, attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
  return retried.count > 0;
}

/**
 * Erasure: the e-mails still queued or kept about these tickets, or to this address (sign-in and
 * reset link requests), go; their payloads hold the person's name and address.
 */
export async function deleteEventsAbout(
  db: DbClient,
  about: { ticketIds: string[]; email?: string },
): Promise<number> {
  const toAddress = about.email === undefined ? [] : [{ payload: { path: ["email"], equals: about.email } }];
  const deleted = await db.domainEvent.deleteMany({
    where: { OR: [{ ticketId: { in: about.ticketIds } }, ...toAddress] },
  });
  return deleted.count;
}
