// The rows a merge, a split and a link write: a ticket's thread, files and history moving to another
// ticket, the pointer of a merged ticket, and the links between related tickets.
import type { DbClient as Db } from "../../db/prisma.ts";

/** Locks both tickets in id order: two merges of the same pair at once wait, never deadlock. */
export async function lockTicketPair(db: Db, a: string, b: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM tickets WHERE id IN (${a}::uuid, ${b}::uuid) ORDER BY id FOR UPDATE`;
}

export async function findMergeFacts(db: Db, id: string) {
  return db.ticket.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      customerId: true,
      mergedInto: { select: { id: true, number: true } },
    },
  });
}
export type MergeFacts = NonNullable<Awaited<ReturnType<typeof findMergeFacts>>>;

/**
 * Moves the whole thread (messages with their files, loose files); the moved message ids. The audit
 * trail is append-only: it stays with the merged ticket and is shown with the target's (below).
 */
export async function moveThread(db: Db, fromId: string, toId: string): Promise<string[]> {
  const messages = await db.ticketMessage.findMany({ where: { ticketId: fromId }, select: { id: true } });
  await db.ticketMessage.updateMany({ where: { ticketId: fromId }, data: { ticketId: toId } });
  await db.attachment.updateMany({ where: { ticketId: fromId }, data: { ticketId: toId } });
  return messages.map((message) => message.id);
}

/** The tickets merged into this one, and those merged into them: whose history is part of its own. */
export async function listMergedTicketIds(db: Db, id: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE merged AS (
      SELECT id FROM tickets WHERE merged_into_ticket_id = ${id}::uuid
      UNION
      SELECT t.id FROM tickets t JOIN merged m ON t.merged_into_ticket_id = m.id
    )
    SELECT id::text AS id FROM merged`;
  return rows.map((row) => row.id);
}

export async function markMerged(db: Db, id: string, intoId: string): Promise<void> {
  await db.ticket.update({ where: { id }, data: { status: "closed", mergedIntoTicketId: intoId } });
}

/** A message that may become a ticket of its own: the ticket's, and whether it is its first. */
export async function findSplittableMessage(db: Db, ticketId: string, messageId: string) {
  const message = await db.ticketMessage.findFirst({
    where: { id: messageId, ticketId },
    select: { id: true, internal: true, body: true },
  });
  if (!message) return null;
  const first = await db.ticketMessage.findFirst({
    where: { ticketId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return { ...message, isFirst: first?.id === message.id };
}

/** Moves one message and its files to another ticket. */
export async function moveMessage(db: Db, messageId: string, toId: string): Promise<void> {
  await db.ticketMessage.update({ where: { id: messageId }, data: { ticketId: toId } });
  await db.attachment.updateMany({ where: { messageId }, data: { ticketId: toId } });
}

/** What a split ticket takes over from the ticket it came from. */
export async function findSplitSource(db: Db, id: string) {
  return db.ticket.findUniqueOrThrow({
    where: { id },
    select: {
      number: true,
      subject: true,
      status: true,
      category: true,
      channel: true,
      customerId: true,
      requesterVerifiedAt: true,
      serviceId: true,
      mergedIntoTicketId: true,
    },
  });
}

const pair = (a: string, b: string) =>
  a < b ? { lowTicketId: a, highTicketId: b } : { lowTicketId: b, highTicketId: a };

/** Links two tickets once (a second link of the same pair changes nothing). */
export async function insertLink(db: Db, a: string, b: string): Promise<boolean> {
  const created = await db.ticketLink.createMany({ data: [pair(a, b)], skipDuplicates: true });
  return created.count > 0;
}

export async function deleteLink(db: Db, a: string, b: string): Promise<boolean> {
  const deleted = await db.ticketLink.deleteMany({ where: pair(a, b) });
  return deleted.count > 0;
}

const linkedColumns = { id: true, number: true, subject: true, status: true } as const;

/** The tickets linked to this one, either way round, by number. */
export async function listLinkedTickets(db: Db, id: string) {
  const rows = await db.ticketLink.findMany({
    where: { OR: [{ lowTicketId: id }, { highTicketId: id }] },
    select: { lowTicket: { select: linkedColumns }, highTicket: { select: linkedColumns } },
  });
  return rows
    .map((row) => (row.lowTicket.id === id ? row.highTicket : row.lowTicket))
    .sort((a, b) => a.number - b.number);
}
