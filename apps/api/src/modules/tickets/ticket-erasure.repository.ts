// Erasure's and retention's access to the tickets' tables: everything a customer's tickets say, read
// to be scrubbed and written back (ticket-erasure.ts), and the finished tickets retention walks.
import type { DbClient as Db } from "../../db/prisma.ts";
import { Prisma } from "../../generated/prisma/client.ts";

// Rewrites go in batches of this many rows, one UPDATE each: a customer with thousands of tickets
// is erased in a few statements, well within a write transaction's time budget.
const BATCH = 500;

function batches<T>(rows: T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, index) =>
    rows.slice(index * BATCH, (index + 1) * BATCH),
  );
}

const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function listTicketsOfCustomer(db: Db, customerId: string) {
  return db.ticket.findMany({
    where: { customerId },
    select: { id: true, subject: true, category: true, details: true },
  });
}

export async function listTicketsById(db: Db, ids: string[]) {
  return db.ticket.findMany({
    where: { id: { in: ids } },
    select: { id: true, subject: true, category: true, details: true },
  });
}

/**
 * Closed and solved tickets not anonymised yet whose last change is before `before`, oldest first,
 * after the keyset position `after` (a batch at a time).
 */
export async function listFinishedTicketsBefore(
  db: Db,
  before: Date,
  after: { updatedAt: Date; id: string } | null,
  limit: number,
) {
  return db.ticket.findMany({
    where: {
      status: { in: ["solved", "closed"] },
      anonymisedAt: null,
      updatedAt: { lt: before },
      ...(after && {
        OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.id } }],
      }),
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, customerId: true, updatedAt: true },
  });
}

export async function markAnonymised(db: Db, ids: string[], at: Date) {
  await db.ticket.updateMany({ where: { id: { in: ids } }, data: { anonymisedAt: at } });
}

export async function rewriteTickets(db: Db, rows: { id: string; subject: string; details: unknown }[]) {
  for (const batch of batches(rows)) {
    const values = batch.map(
      (row) => Prisma.sql`(${row.id}::uuid, ${row.subject}, ${jsonOrNull(row.details)}::jsonb)`,
    );
    await db.$executeRaw`
      UPDATE tickets AS t SET subject = v.subject, details = v.details
      FROM (VALUES ${Prisma.join(values)}) AS v(id, subject, details) WHERE t.id = v.id`;
  }
}

export async function listMessagesOfTickets(db: Db, ticketIds: string[]) {
  return db.ticketMessage.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { id: true, body: true, authorCustomerId: true, emailMessageId: true },
  });
}

/** New bodies; the e-mail Message-IDs go too (a sender's Message-ID may carry their address). */
export async function rewriteMessages(db: Db, rows: { id: string; body: string }[]) {
  for (const batch of batches(rows)) {
    const values = batch.map((row) => Prisma.sql`(${row.id}::uuid, ${row.body})`);
    await db.$executeRaw`
      UPDATE ticket_messages AS m SET body = v.body, email_message_id = NULL
      FROM (VALUES ${Prisma.join(values)}) AS v(id, body) WHERE m.id = v.id`;
  }
}

export async function listEventsOfTickets(db: Db, ticketIds: string[]) {
  return db.ticketEvent.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { id: true, before: true, after: true },
  });
}

/** Rewrites audit events: allowed only in a transaction that declared it erases (see the trigger). */
export async function rewriteEvents(db: Db, rows: { id: string; before: unknown; after: unknown }[]) {
  if (rows.length === 0) return;
  await db.$executeRaw`SELECT set_config('helpdesk.erasing', 'on', true)`;
  for (const batch of batches(rows)) {
    const values = batch.map(
      (row) =>
        Prisma.sql`(${row.id}::uuid, ${jsonOrNull(row.before)}::jsonb, ${jsonOrNull(row.after)}::jsonb)`,
    );
    await db.$executeRaw`
      UPDATE ticket_events AS e SET before = v.before, after = v.after
      FROM (VALUES ${Prisma.join(values)}) AS v(id, before, after) WHERE e.id = v.id`;
  }
}

/** Deletes the tickets' attachments; returns the storage keys of their bytes, to delete after commit. */
export async function deleteAttachmentsOfTickets(db: Db, ticketIds: string[]): Promise<string[]> {
  const rows = await db.attachment.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { storageKey: true },
  });
  await db.attachment.deleteMany({ where: { ticketId: { in: ticketIds } } });
  return rows.map((row) => row.storageKey);
}
