// The only code that reads and writes the outbox (`domain_events`): customer-visible happenings
// recorded in the transaction of the change, delivered later by the dispatcher.
import type { DbClient } from "../../db/prisma.ts";
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

/**
 * Locks up to `limit` due events for the caller's transaction, least recently tried first (a
 * backlog of failing rows cannot starve the rest); rows another process holds are skipped.
 */
export async function lockDueEvents(tx: Prisma.TransactionClient, limit: number) {
  const rows = await tx.$queryRaw<
    {
      id: string;
      type: string;
      ticket_id: string | null;
      payload: unknown;
      occurred_at: Date;
      attempts: number;
    }[]
  >`
    SELECT "id", "type", "ticket_id", "payload", "occurred_at", "attempts" FROM "domain_events"
    WHERE "dispatched_at" IS NULL AND "failed_at" IS NULL AND "next_attempt_at" <= now()
    ORDER BY "next_attempt_at", "occurred_at"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => ({
    event: {
      id: row.id,
      type: row.type,
      ticketId: row.ticket_id,
      payload: row.payload,
      occurredAt: row.occurred_at,
    } satisfies OutboxEvent,
    attempts: row.attempts,
  }));
}

export async function markDispatched(db: DbClient, id: string, attempts: number): Promise<void> {
  await db.domainEvent.update({ where: { id }, data: { dispatchedAt: new Date(), attempts } });
}

/** A failed try: retried at `nextAttemptAt`, or dead-lettered when that is null. */
export async function markAttemptFailed(
  db: DbClient,
  id: string,
  failure: { attempts: number; error: string; nextAttemptAt: Date | null },
): Promise<void> {
  await db.domainEvent.update({
    where: { id },
    data: {
      attempts: failure.attempts,
      lastError: failure.error.slice(0, 1000),
      ...(failure.nextAttemptAt ? { nextAttemptAt: failure.nextAttemptAt } : { failedAt: new Date() }),
    },
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
