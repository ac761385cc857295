// The only code that reads and writes ticket messages (replies and internal notes).
import type { DbClient as Db } from "../../db/prisma.ts";

export async function insertMessage(
  db: Db,
  message: {
    ticketId: string;
    body: string;
    internal: boolean;
    authorKind: "customer" | "staff";
    authorCustomerId: string | null;
    authorStaffId: string | null;
    emailMessageId?: string | null;
  },
): Promise<{ id: string }> {
  return db.ticketMessage.create({ data: message, select: { id: true } });
}

/** The id of the ticket's newest message the reader may see (internal notes only for staff). */
export async function findLatestMessageId(
  db: Db,
  ticketId: string,
  withInternal: boolean,
): Promise<string | null> {
  const row = await db.ticketMessage.findFirst({
    where: { ticketId, ...(withInternal ? {} : { internal: false }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return row?.id ?? null;
}

/** The reply a customer's e-mail with this Message-ID was added as, if it was (unique per author). */
export async function findEmailReply(db: Db, customerId: string, emailMessageId: string) {
  return db.ticketMessage.findUnique({
    where: { authorCustomerId_emailMessageId: { authorCustomerId: customerId, emailMessageId } },
    select: { id: true, ticketId: true },
  });
}

export async function findMessageOfTicket(db: Db, ticketId: string, messageId: string) {
  return db.ticketMessage.findFirst({
    where: { id: messageId, ticketId },
    select: { id: true, internal: true, authorKind: true, authorCustomerId: true, authorStaffId: true },
  });
}

/** What staff are notified of: the text of a message and who wrote it; with no id, the first message. */
export async function findMessageForNotice(db: Db, ticketId: string, messageId?: string) {
  return db.ticketMessage.findFirst({
    where: { ticketId, ...(messageId ? { id: messageId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { body: true, internal: true, authorKind: true },
  });
}

/** A reply the customer may read (not an internal note), or null. */
export async function findPublicMessageBody(db: Db, ticketId: string, messageId: string) {
  const message = await db.ticketMessage.findFirst({
    where: { id: messageId, ticketId, internal: false },
    select: { body: true },
  });
  return message?.body ?? null;
}

/** The team's public replies on a ticket (for the FAQ links they carry). */
export async function listTeamReplyBodies(db: Db, ticketId: string): Promise<string[]> {
  const rows = await db.ticketMessage.findMany({
    where: { ticketId, authorKind: "staff", internal: false },
    select: { body: true },
  });
  return rows.map((row) => row.body);
}
