// E-mail into tickets. A reply lands on its ticket only when the per-ticket reply address verifies
// AND the sender is the ticket's requester AND the receiving side vouches for that sender (envelope
// sender, SPF/DKIM/DMARC when given); anything else from a person becomes a new ticket, and
// automatic mail (auto-replies, bounces) is dropped so it can never reopen a ticket or loop.
import { createHash } from "node:crypto";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import type { Logger } from "../../lib/logger.ts";
import type { ReplyAddresses } from "../../lib/mail/reply-address.ts";
import { requireSignedIn, requireStaff, worksTickets } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import { findEmailReply, findRequester, findRequesterByNumber } from "../tickets/ticket-requesters.ts";
import type { TicketsService } from "../tickets/tickets.service.ts";
import * as originals from "./inbound-emails.repository.ts";
import type { MailReader } from "./mail-reader.ts";
import { type InboundEnvelope, senderIsAuthentic } from "./sender-authentication.ts";

export type InboundOutcome =
  | { outcome: "ignored"; reason: "automatic" | "no_sender" | "empty" }
  | { outcome: "reply"; ticketId: string; messageId: string }
  | {
      outcome: "new_ticket";
      ticketId: string;
      reason: "no_reply_address" | "sender_not_requester" | "sender_not_verified";
    };

/**
 * What makes a redelivery of the same e-mail: its Message-ID and what it says. Some mail programs
 * reuse a Message-ID for a new message; that one is a new ticket, not a conflict with the first.
 */
function redeliveryKey(messageId: string, subject: string | undefined, text: string): string {
  const digest = createHash("sha256")
    .update(`${subject ?? ""}\n${text}`)
    .digest("hex")
    .slice(0, 16);
  return `email:${digest}:${messageId}`.slice(0, 200);
}

/** The text of an encrypted e-mail's message; the original (for staff) holds its parts. */
const ENCRYPTED_BODY = "(versleutelde e-mail)";

/** Tickets need a subject of three or more characters; e-mails need not have one at all. */
function subjectOf(subject: string | undefined): string {
  const trimmed = (subject ?? "").trim().slice(0, 200);
  return trimmed.length >= 3 ? trimmed : "E-mail zonder onderwerp";
}

export function createInboundMailService(deps: {
  db: Database;
  tickets: TicketsService;
  replyAddresses: ReplyAddresses;
  logger: Logger;
  reader: MailReader;
}) {
  const { db, tickets, replyAddresses, reader } = deps;

  /**
   * Files attachments with the web's limits; one refused file does not lose the message. Returns
   * what staff should know about the refused ones (the original e-mail still holds them).
   */
  async function attach(
    actor: SignedInActor,
    ticketId: string,
    messageId: string | undefined,
    files: { filename?: string | undefined; content: Uint8Array }[],
  ): Promise<string[]> {
    const refused: string[] = [];
    for (const file of files) {
      try {
        await tickets.addAttachment(
          actor,
          ticketId,
          { originalName: file.filename ?? "bijlage", bytes: Buffer.from(file.content) },
          messageId,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        deps.logger.warn(
          { ticketId, fileName: file.filename, code: error.code },
          "inbound attachment refused",
        );
        refused.push(`Not attached: ${file.filename ?? "an unnamed file"} (${error.detail ?? error.code}).`);
      }
    }
    return refused;
  }

  /** Keeps the e-mail as received with the message it became, for staff. */
  async function keepOriginal(raw: Buffer, ticketId: string, messageId: string, notes: string[]) {
    await originals.insertInboundEmail(db, { ticketId, messageId, raw, notes });
  }

  const customerActor = (customer: { id: string; email: string; name: string }): SignedInActor => ({
    kind: "customer",
    ...customer,
    sessionId: "inbound-email",
  });

  return {
    /** Staff only: the originals of a ticket's e-mailed messages, without their bytes. */
    async listOriginals(actor: Actor, ticketId: string) {
      requireStaff(requireSignedIn(actor), worksTickets);
      const rows = await originals.listInboundEmails(db, ticketId);
      return rows.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() }));
    },

    /** Staff only: one original as received. */
    async readOriginal(actor: Actor, ticketId: string, id: string): Promise<Buffer> {
      requireStaff(requireSignedIn(actor), worksTickets);
      const row = await originals.findInboundEmailRaw(db, ticketId, id);
      if (!row) throw new AppError("not_found");
      return Buffer.from(row.raw);
    },

    /** Ends the threads that read mail (at shutdown, after the receivers stopped). */
    close: () => reader.close(),
    /** Readies the reading thread before the first message arrives (at start). */
    warmUp: () => reader.warmUp(),
    async receive(raw: Buffer, envelope: InboundEnvelope = {}): Promise<InboundOutcome> {
      // Parsed and stripped in a worker thread, bounded in time (a refusal beyond it: 422 / 554).
      const mail = await reader.read(raw, envelope.sender);
      if (mail.automatic) {
        deps.logger.info({ signal: mail.automatic, messageId: mail.messageId }, "automatic e-mail dropped");
        return { outcome: "ignored", reason: "automatic" };
      }
      const sender = mail.from;
      const senderAddress = sender?.address;
      if (!senderAddress) return { outcome: "ignored", reason: "no_sender" };
      const files = mail.attachments;
      // An encrypted message has no text we can read: say so rather than show nothing.
      const text = mail.visibleText || (mail.notes.length > 0 ? ENCRYPTED_BODY : "");
      if (!text && files.length === 0) return { outcome: "ignored", reason: "empty" };

      const recipients = [...(envelope.recipients ?? []).map((r) => r.toLowerCase()), ...mail.recipients];
      const ticketNumber =
        recipients.map(replyAddresses.ticketNumberOf).find((number) => number !== null) ?? null;
      const ticket = ticketNumber ? await findRequesterByNumber(db, ticketNumber) : null;

      const fromRequester = ticket?.customer?.email === senderAddress;
      const authentic = senderIsAuthentic(envelope, senderAddress);
      if (ticket?.customer && fromRequester && authentic) {
        const actor = customerActor(ticket.customer);
        // A redelivered reply (same Message-ID from the same customer) was added already: answer as
        // the first delivery did. The unique Message-ID per author settles concurrent deliveries.
        const emailMessageId = mail.messageId?.slice(0, 500);
        const addedBefore = async () => {
          const earlier = emailMessageId ? await findEmailReply(db, actor.id, emailMessageId) : null;
          return earlier && { outcome: "reply" as const, ticketId: earlier.ticketId, messageId: earlier.id };
        };
        const before = await addedBefore();
        if (before) return before;
        const added = await tickets
          .addMessage(actor, ticket.id, { body: text || "(bijlage)", internal: false, emailMessageId })
          .catch(async (error: unknown) => {
            // Lost the race to a concurrent delivery of the same e-mail: that one added it.
            const concurrent = await addedBefore();
            if (concurrent) return concurrent;
            throw error;
          });
        if ("outcome" in added) return added;
        const landedOn = added.followUp?.id ?? ticket.id;
        const refused = await attach(actor, landedOn, added.message.id, files);
        await keepOriginal(raw, landedOn, added.message.id, [...mail.notes, ...refused]);
        return { outcome: "reply", ticketId: landedOn, messageId: added.message.id };
      }

      // No verifiable reply address, someone other than the requester, or a From header the
      // receiving side does not vouch for: a new ticket of their own, unverified like any web
      // ticket. The Message-ID makes a redelivered e-mail file nothing twice.
      const {
        ticket: created,
        replayed,
        firstMessageId,
      } = await tickets.fileTicket(
        { kind: "guest" },
        {
          category: "other",
          details: {},
          subject: subjectOf(mail.subject),
          message: text || "(bijlage)",
          email: senderAddress,
          name: sender.name || senderAddress,
        },
        {
          idempotencyKey: mail.messageId ? redeliveryKey(mail.messageId, mail.subject, text) : undefined,
          channel: "email",
        },
      );
      // A redelivered e-mail's ticket has its files already: attach them with the first delivery only.
      const requester = replayed ? null : await findRequester(db, created.id);
      if (requester?.customer && firstMessageId) {
        const refused = await attach(customerActor(requester.customer), created.id, undefined, files);
        await keepOriginal(raw, created.id, firstMessageId, [...mail.notes, ...refused]);
      }
      return {
        outcome: "new_ticket",
        ticketId: created.id,
        reason:
          ticketNumber === null
            ? "no_reply_address"
            : fromRequester
              ? "sender_not_verified"
              : "sender_not_requester",
      };
    },
  };
}
export type InboundMailService = ReturnType<typeof createInboundMailService>;
