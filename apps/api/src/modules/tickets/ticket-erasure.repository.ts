// Erasure's access to the tickets' tables: everything a customer's tickets say, read to be scrubbed
// and written back. Only the erasure of a customer uses it (ticket-erasure.ts).
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export async function listTicketsOfCustomer(db: Db, customerId: string) {
  return db.ticket.findMany({
    where: { customerId },
    select: { id: true, subject: true, category: true, details: true },
  });
}

export async function updateTicketText(
  db: Db,
  id: string,
  text: { subject: string; details: Prisma.InputJsonValue },
) {
  await db.ticket.update({ where: { id }, data: text });
}

export async function listMessagesOfTickets(db: Db, ticketIds: string[]) {
  return db.ticketMessage.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { id: true, body: true, authorCustomerId: true, emailMessageId: true },
  });
}

export async function updateMessageText(db: Db, id: string, body: string) {
  await db.ticketMessage.update({ where: { id }, data: { body, emailMessageId: null } });
}

export async function listEventsOfTickets(db: Db, ticketIds: string[]) {
  return db.ticketEvent.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { id: true, before: true, after: true },
  });
}

/** Rewrites an audit event: allowed only in a transaction that declared it erases (see the trigger). */
export async function rewriteEvent(
  db: Db,
  id: string,
  values: { before: Prisma.InputJsonValue | undefined; after: Prisma.InputJsonValue | undefined },
) {
  await db.$executeRaw`SELECT set_config('helpdesk.erasing', 'on', true)`;
  await db.ticketEvent.update({ where: { id }, data: values });
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
