// The only code that reads and writes the stored originals of inbound e-mail.
import type { DbClient as Db } from "../../db/prisma.ts";

export async function insertInboundEmail(
  db: Db,
  email: { ticketId: string; messageId: string; raw: Buffer; notes: string[] },
): Promise<void> {
  await db.inboundEmail.create({
    // A copy in a buffer of its own, as Prisma takes bytes.
    data: { ...email, raw: new Uint8Array(email.raw) },
    select: { id: true },
  });
}

/** The originals of a ticket's messages, without their bytes. */
export async function listInboundEmails(db: Db, ticketId: string) {
  return db.inboundEmail.findMany({
    where: { ticketId },
    orderBy: { receivedAt: "asc" },
    select: { id: true, messageId: true, notes: true, receivedAt: true },
  });
}

export async function findInboundEmailRaw(db: Db, ticketId: string, id: string) {
  return db.inboundEmail.findFirst({ where: { id, ticketId }, select: { raw: true } });
}

/** Erasure: the e-mails as received on these tickets go (they hold the sender's name and address). */
export async function deleteInboundEmailsOfTickets(db: Db, ticketIds: string[]): Promise<number> {
  const deleted = await db.inboundEmail.deleteMany({ where: { ticketId: { in: ticketIds } } });
  return deleted.count;
}

/** The original e-mails of messages that moved to another ticket (a merge or a split) follow them. */
export async function moveInboundEmails(db: Db, toTicketId: string, messageIds: string[]): Promise<void> {
  await db.inboundEmail.updateMany({
    where: { messageId: { in: messageIds } },
    data: { ticketId: toTicketId },
  });
}
