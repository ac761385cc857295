// Files on tickets: staged uploads claimed by a new ticket or reply, files added to a ticket later,
// and downloads. A file on an internal note is as invisible to customers as the note itself.
import type { DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { inspectUpload } from "../../lib/files/file-inspection.ts";
import { denyAsNotFound } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import * as attachments from "./ticket-attachments.repository.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { recordTicketEvent } from "./ticket-events.ts";
import { findMessageOfTicket } from "./ticket-messages.repository.ts";
import { touchTicket } from "./tickets.repository.ts";

export const MAX_ATTACHMENTS_PER_TICKET = 20;

/**
 * What one customer keeps in files in total, over all tickets and every way a file enters (web,
 * e-mail, a guest's files once filed): beyond it a file is refused with 413. The hourly upload
 * quota bounds the pace; this bounds the sum.
 */
export const CUSTOMER_STORAGE_BYTES = 500 * 1024 * 1024;

const tooManyFiles = () =>
  new AppError("conflict", `A ticket holds at most ${MAX_ATTACHMENTS_PER_TICKET} attachments`);

type Uploader = Pick<attachments.NewAttachment, "uploadedByCustomerId" | "uploadedByStaffId">;

/** Who put a file on the ticket: the signed-in caller, or for a guest the requester they named. */
export const uploaderOf = (actor: Actor, requesterId: string | null): Uploader => ({
  uploadedByCustomerId: actor.kind === "staff" ? null : actor.kind === "customer" ? actor.id : requesterId,
  uploadedByStaffId: actor.kind === "staff" ? actor.id : null,
});

const storageUsedUp = () =>
  new AppError(
    "payload_too_large",
    `The files kept for this customer would exceed ${CUSTOMER_STORAGE_BYTES / 1024 / 1024} MiB in total`,
  );

/** One attachment row and its audit event; the bytes are in storage already. */
async function recordAttachment(tx: DbClient, actor: Actor, file: attachments.NewAttachment) {
  if (file.uploadedByCustomerId) {
    const stored = await attachments.lockedStoredBytesOfCustomer(tx, file.uploadedByCustomerId);
    if (stored + file.size > CUSTOMER_STORAGE_BYTES) throw storageUsedUp();
  }
  const row = await attachments.insertAttachment(tx, file);
  await recordTicketEvent(tx, file.ticketId, actor, "attachment_added", {
    after: { attachmentId: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size },
  });
  return row;
}

export function createTicketAttachments(
  { db, storage, uploads }: TicketsServiceDeps,
  access: TicketAccessService,
) {
  return {
    /** Files staged with POST /uploads, attached to a new message in the transaction that wrote it. */
    async attachStagedFiles(
      tx: DbClient,
      actor: Actor,
      message: { ticketId: string; messageId: string },
      uploader: Uploader,
      tokens: string[] | undefined,
    ) {
      const files = await uploads.claim(tx, tokens);
      if (files.length === 0) return;
      const held = await attachments.countAttachments(tx, message.ticketId);
      if (held + files.length > MAX_ATTACHMENTS_PER_TICKET) throw tooManyFiles();
      for (const { tokenHash: _, ...file } of files) {
        await recordAttachment(tx, actor, { ...file, ...message, ...uploader });
      }
    },

    async addAttachment(
      actor: SignedInActor,
      id: string,
      upload: { originalName: string; bytes: Buffer },
      messageId: string | undefined,
    ) {
      const { ticket, access: view } = await access.accessibleTicket(actor, id);
      if (ticket.status === "closed") throw new AppError("conflict", "A closed ticket is final");
      let onInternalNote = false;
      if (messageId) {
        const message = await findMessageOfTicket(db, id, messageId);
        if (!message || (message.internal && view === "customer")) denyAsNotFound();
        // The phone desk adds files to its own messages only.
        if (view === "callback" && message.authorStaffId !== actor.id) denyAsNotFound();
        // A customer adds files to their own messages only, never to the team's words.
        if (
          view === "customer" &&
          (message.authorKind !== "customer" || message.authorCustomerId !== actor.id)
        ) {
          denyAsNotFound();
        }
        onInternalNote = message.internal;
      }
      if ((await attachments.countAttachments(db, id)) >= MAX_ATTACHMENTS_PER_TICKET) throw tooManyFiles();
      const { bytes, ...file } = await inspectUpload(upload.originalName, upload.bytes);
      const storageKey = await storage.put(bytes);
      const attachment = await inWriteTransaction(db, async (tx) => {
        const row = await recordAttachment(tx, actor, {
          ...file,
          storageKey,
          ticketId: id,
          messageId: messageId ?? null,
          ...uploaderOf(actor, null),
        });
        // A file on an internal note moves nothing a customer sees (their `updatedAt`).
        if (!onInternalNote) await touchTicket(tx, id);
        return row;
      }).catch(async (error: unknown) => {
        // Refused or failed: the stored bytes belong to no row, so they go too.
        await storage.delete(storageKey);
        throw error;
      });
      return { ...attachment, createdAt: attachment.createdAt.toISOString() };
    },

    async readAttachment(actor: SignedInActor, id: string, attachmentId: string) {
      const { access: view } = await access.accessibleTicket(actor, id);
      const attachment = await attachments.findAttachmentOfTicket(db, id, attachmentId);
      if (!attachment || (attachment.message?.internal && view === "customer")) denyAsNotFound();
      // The phone desk downloads only the files it put there itself.
      if (view === "callback" && attachment.uploadedByStaffId !== actor.id) denyAsNotFound();
      return { ...attachment, bytes: await storage.get(attachment.storageKey) };
    },
  };
}
export type TicketAttachments = ReturnType<typeof createTicketAttachments>;
