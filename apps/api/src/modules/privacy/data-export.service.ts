// A customer's own data on request (right of access). Asked for by the customer (or started for them
// by customer service), recorded with an outbox event in one transaction; the outbox job builds the
// archive, stores it and e-mails the customer a single-use link; the customer, signed in, fetches it
// once, after which the archive is deleted. Links that nobody used expire, and their archives go.
import type { CustomerView, TicketView } from "@helpdesk/contracts";
import { z } from "zod";
import { isUniqueViolation } from "../../db/database-errors.ts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import { hashSecretToken, newSecretToken } from "../../lib/security/secret-token.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import { customerDataExporters, denyAsNotFound, requireStaff } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { dataExportReadyEmail } from "./data-export.emails.ts";
import { buildExportArchive, type ExportedRating } from "./data-export-archive.ts";
import * as exports from "./data-exports.repository.ts";

export const DATA_EXPORT_EVENT = "data_export_requested";
export const DATA_EXPORT_LINK_HOURS = 48;
const payloadSchema = z.object({ exportId: z.uuid() });

type CustomerActor = Extract<SignedInActor, { kind: "customer" }>;

/** What the export reads, through the services that own it, as the customer themself. */
export interface ExportSources {
  /** The customer's contact, or null when unknown or erased. */
  contactOf: (customerId: string) => Promise<{ id: string; email: string; name: string } | null>;
  customerOf: (actor: CustomerActor) => Promise<CustomerView>;
  ticketsOf: (actor: CustomerActor) => Promise<TicketView[]>;
  /** The customer's own ratings of the given tickets (already theirs: read from their own views). */
  ratingsOf: (tickets: { id: string; number: string }[]) => Promise<ExportedRating[]>;
  attachmentBytes: (actor: CustomerActor, ticketId: string, attachmentId: string) => Promise<Buffer>;
}

const alreadyPreparing = () =>
  new AppError("conflict", "An export of this customer's data is being prepared; its link will be e-mailed");

export function createDataExports({
  db,
  storage,
  sources,
  env,
  now = () => new Date(),
}: {
  db: Database;
  storage: AttachmentStorage;
  sources: ExportSources;
  env: { PUBLIC_URL: string; TEAM_NAME: string };
  now?: () => Date;
}) {
  async function request(customerId: string, requestedByStaffId: string | null) {
    try {
      return await db.$transaction(async (tx) => {
        const row = await exports.insertRequestedExport(tx, { customerId, requestedByStaffId });
        await recordOutboxEvent(tx, { type: DATA_EXPORT_EVENT, payload: { exportId: row.id } });
        return { requestedAt: row.createdAt.toISOString() };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyPreparing();
      throw error;
    }
  }

  return {
    /** `POST /me/data-export`: customers only. */
    async requestOwn(actor: SignedInActor) {
      if (actor.kind !== "customer") denyAsNotFound();
      return request(actor.id, null);
    },

    /** `POST /customers/{id}/data-export`: customer service for a customer who asked by ticket. */
    async requestFor(actor: SignedInActor, customerId: string) {
      const staff = requireStaff(actor, (role) => customerDataExporters.includes(role));
      if (!(await sources.contactOf(customerId))) denyAsNotFound();
      return request(customerId, staff.id);
    },

    /**
     * The outbox job: builds and stores the archive, makes a fresh link (a retried e-mail ends the
     * earlier one) and composes the e-mail to the customer. Null when there is nothing to send.
     */
    async composeReadyEmail(event: { payload: unknown }): Promise<OutgoingEmail | null> {
      const { exportId } = payloadSchema.parse(event.payload);
      const row = await exports.findExport(db, exportId);
      if (!row || row.status === "downloaded") return null;
      const contact = await sources.contactOf(row.customerId);
      if (!contact) return null;
      const actor: CustomerActor = { kind: "customer", ...contact, sessionId: "data-export" };
      const customer = await sources.customerOf(actor);
      const tickets = (await sources.ticketsOf(actor)).filter(
        (ticket): ticket is Extract<TicketView, { view: "customer" }> => ticket.view === "customer",
      );
      const archive = await buildExportArchive({
        exportedAt: now(),
        customer,
        tickets,
        ratings: await sources.ratingsOf(tickets),
        attachmentBytes: (ticketId, attachmentId) => sources.attachmentBytes(actor, ticketId, attachmentId),
      });
      const storageKey = await storage.put(archive);
      const { token, hash } = newSecretToken();
      const expiresAt = new Date(now().getTime() + DATA_EXPORT_LINK_HOURS * 3600_000);
      await exports.markReady(db, exportId, { storageKey, tokenHash: hash, expiresAt });
      // A retry's earlier archive is replaced by this one.
      if (row.storageKey) await storage.delete(row.storageKey);
      return dataExportReadyEmail({
        to: customer.email,
        name: customer.name,
        language: customer.language,
        link: `${env.PUBLIC_URL.replace(/\/$/, "")}/account/export#token=${token}`,
        validHours: DATA_EXPORT_LINK_HOURS,
        teamName: env.TEAM_NAME,
      });
    },

    /** The archive of a link, once, for the signed-in customer it was made for; else 404 for all. */
    async download(actor: SignedInActor, token: string): Promise<Buffer> {
      if (actor.kind !== "customer") denyAsNotFound();
      const storageKey = await exports.claimDownload(db, hashSecretToken(token), actor.id, now());
      if (!storageKey) throw new AppError("not_found", "The link is not valid (any more)");
      const archive = await storage.get(storageKey);
      await storage.delete(storageKey);
      return archive;
    },

    /** Deletes the archives of links that expired unused. */
    async deleteExpired(): Promise<number> {
      const keys = await exports.takeExpiredArchives(db, now());
      for (const key of keys) await storage.delete(key);
      return keys.length;
    },
  };
}
export type DataExports = ReturnType<typeof createDataExports>;
