// The only code that reads and writes attachments (the rows; the bytes are in attachment storage).
import type { DbClient as Db } from "../../db/prisma.ts";
import { attachmentColumns } from "./tickets.repository.ts";

export interface NewAttachment {
  ticketId: string;
  messageId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedByCustomerId: string | null;
  uploadedByStaffId: string | null;
}

export async function insertAttachment(db: Db, file: NewAttachment) {
  return db.attachment.create({ data: file, select: attachmentColumns });
}

/**
 * The bytes of every file a customer has put on tickets, counted while holding that customer's
 * storage lock (until the transaction ends), so parallel uploads cannot both fit into what is left.
 */
export async function lockedStoredBytesOfCustomer(tx: Db, customerId: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`attachment-storage:${customerId}`}, 0))`;
  const total = await tx.attachment.aggregate({
    where: { uploadedByCustomerId: customerId },
    _sum: { size: true },
  });
  return total._sum.size ?? 0;
}

export async function countAttachments(db: Db, ticketId: string): Promise<number> {
  return db.attachment.count({ where: { ticketId } });
}

export async function findAttachmentOfTicket(db: Db, ticketId: string, attachmentId: string) {
  return db.attachment.findFirst({
    where: { id: attachmentId, ticketId },
    select: {
      fileName: true,
      contentType: true,
      storageKey: true,
      uploadedByStaffId: true,
      message: { select: { internal: true } },
    },
  });
}
