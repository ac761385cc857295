// Filing a ticket, by anyone: a customer, a guest (the customer record is found or made by the
// address they give), or the phone desk for a caller. A retried request with its Idempotency-Key
// answers as the first one did, also when both run at once.
import { createHash } from "node:crypto";
import type { CreateTicket } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { createAttemptLimiter } from "../../lib/security/attempt-limiter.ts";
import { createRequestLimits, type RequestLimits } from "../../lib/security/request-limits.ts";
import { stableJson } from "../../lib/stable-json.ts";
import { bookReservedSlot, reserveSlot } from "../appointments/appointments.module.ts";
import {
  type CustomerContact,
  customerHasService,
  findCustomerContact,
  findOrCreateCustomerByEmail,
} from "../customers/customer-accounts.ts";
import { denyAsNotFound } from "../identity/access-policy.ts";
import type { Actor } from "../identity/actor.ts";
import * as idempotency from "./idempotency.repository.ts";
import { type TicketAttachments, uploaderOf } from "./ticket-attachments.service.ts";
import type { TicketChannel, TicketsServiceDeps } from "./ticket-context.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import { formatTicketNumber } from "./ticket-number.ts";
import { clockForNewTicket } from "./ticket-sla.ts";
import * as tickets from "./tickets.repository.ts";

/**
 * Guests filing through the web, counted per address they file for and per client address: enough
 * for someone with a few questions (and for a double-clicked form), too few to make us mail a
 * stranger over and over. Beyond it: 429 with Retry-After.
 */
export const guestTicketLimits: RequestLimits = {
  perAccount: { attempts: 10, windowSeconds: 3600, blockSeconds: 3600 },
  perClient: { attempts: 20, windowSeconds: 3600, blockSeconds: 3600 },
};

/** Every filed ticket starts here; staff change it afterwards. */
const NEW_TICKET_PRIORITY = "normal";

export interface FilingOptions {
  /** A retried request with the same key answers as the first one did. */
  idempotencyKey?: string | undefined;
  channel?: TicketChannel;
  /** The caller's network address, for the guest limits (not set for e-mail). */
  clientAddress?: string | undefined;
}

const required = (path: string, detail: string) =>
  new AppError("validation_failed", detail, { errors: [{ path, message: "Required", code: "required" }] });

/** Who the ticket is for: the signed-in customer, or a customer record found or made by address. */
async function resolveRequester(
  tx: DbClient,
  actor: Actor,
  input: CreateTicket,
): Promise<{ requester: CustomerContact | null; verified: boolean }> {
  if (actor.kind === "customer") {
    const customer = await findCustomerContact(tx, actor.id);
    if (!customer) denyAsNotFound();
    return { requester: customer, verified: true };
  }
  if (!input.email) {
    // Only a phone caller may have no address; the callback details say who to call.
    if (actor.kind === "staff" && input.category === "callback") return { requester: null, verified: false };
    throw required("body.email", "Give the e-mail address to answer to");
  }
  const name = input.name ?? (input.category === "callback" ? input.details.callerName : undefined);
  if (!name) throw required("body.name", "Give the name of the person asking");
  // Anyone can type someone else's address: not verified until they follow the e-mailed link.
  return { requester: await findOrCreateCustomerByEmail(tx, input.email, name), verified: false };
}

async function assertOwnService(tx: DbClient, actor: Actor, serviceId: string | undefined) {
  if (!serviceId) return;
  const owned = actor.kind === "customer" && (await customerHasService(tx, actor.id, serviceId));
  if (!owned) {
    throw new AppError("validation_failed", "Choose one of your own services", {
      errors: [{ path: "body.serviceId", message: "Not one of your services", code: "invalid_service" }],
    });
  }
}

export function createTicketFiling(
  { db, ticketNumbers }: TicketsServiceDeps,
  files: Pick<TicketAttachments, "attachStagedFiles">,
) {
  const guestLimits = createRequestLimits(db, "guest-ticket", guestTicketLimits);
  const keysSeen = createAttemptLimiter(db, "guest-ticket-key", {
    attempts: Number.MAX_SAFE_INTEGER,
    windowSeconds: 24 * 3600,
    blockSeconds: 1,
  });

  async function insertTicket(tx: DbClient, actor: Actor, input: CreateTicket, channel: TicketChannel) {
    await assertOwnService(tx, actor, input.serviceId);
    // First: a full or unavailable slot fails the filing before anything is written or waited for.
    const reserved =
      input.category === "remote_support" ? await reserveSlot(tx, input.details.slotStart) : null;
    const { requester, verified } = await resolveRequester(tx, actor, input);
    const staffAuthor = actor.kind === "staff" ? actor.id : null;
    // The clocks go into the ticket's own insert: no read-back and second write of the new row.
    const clock = await clockForNewTicket(tx, {
      customerId: requester?.id ?? null,
      serviceId: input.serviceId ?? null,
      priority: NEW_TICKET_PRIORITY,
    });
    const ticket = await tickets.insertTicket(
      tx,
      {
        ...clock?.columns,
        number: await ticketNumbers.next(tx),
        priority: NEW_TICKET_PRIORITY,
        subject: input.subject,
        category: input.category,
        channel,
        details: input.details as Prisma.InputJsonValue,
        customerId: requester?.id ?? null,
        requesterVerifiedAt: verified ? new Date() : null,
        serviceId: input.serviceId ?? null,
        createdByStaffId: staffAuthor,
      },
      {
        body: input.message,
        // A request typed in by staff for a caller is still the caller's words.
        authorKind: requester ? "customer" : "staff",
        authorCustomerId: requester?.id ?? null,
        authorStaffId: requester ? null : staffAuthor,
      },
    );
    if (!ticket.firstMessageId) throw new Error("a new ticket has no first message");
    await recordTicketEvent(tx, ticket.id, actor, "created", {
      after: { status: ticket.status, category: ticket.category, subject: input.subject },
    });
    if (clock) await recordTicketEvent(tx, ticket.id, actor, "sla_started", clock.record);
    // The outbox turns this into the confirmation e-mail (with its sign-in link for guests).
    await recordDomainEvent(tx, ticket.id, "ticket.created", { number: ticket.number });
    if (input.category === "remote_support" && reserved) {
      const appointment = await bookReservedSlot(tx, reserved, ticket.id, input.details.phone);
      await recordTicketEvent(tx, ticket.id, actor, "appointment_booked", {
        after: { startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() },
      });
    }
    if (input.category === "cancellation") {
      await recordTicketEvent(tx, ticket.id, actor, "cancellation_recorded", { after: input.details });
      await recordDomainEvent(tx, ticket.id, "ticket.cancellation_recorded", input.details);
    }
    // Before the outbox sends the confirmation: it is composed after this transaction commits.
    await files.attachStagedFiles(
      tx,
      actor,
      { ticketId: ticket.id, messageId: ticket.firstMessageId },
      uploaderOf(actor, requester?.id ?? null),
      input.attachments,
    );
    return ticket;
  }

  /** Files the ticket, or with a used Idempotency-Key answers as the first request did (`replayed`). */
  async function fileTicket(actor: Actor, input: CreateTicket, options: FilingOptions = {}) {
    const { idempotencyKey, clientAddress } = options;
    const channel = options.channel ?? (actor.kind === "staff" ? "phone" : "web");

    const scope = actor.kind === "guest" ? `guest:${input.email ?? ""}` : `${actor.kind}:${actor.id}`;
    const requestHash = createHash("sha256").update(stableJson(input)).digest("hex");
    if (actor.kind === "guest" && clientAddress !== undefined) {
      // The first request with an Idempotency-Key counts against the guest limits; its retries
      // (which file nothing new) do not, also when they arrive all at once.
      const retry =
        idempotencyKey !== undefined &&
        (await keysSeen.hit(createHash("sha256").update(`${scope}\n${idempotencyKey}`).digest("hex"))) > 1;
      if (!retry) await guestLimits.take(input.email ?? "", clientAddress);
    }

    const ticket = await inWriteTransaction(db, async (tx) => {
      if (
        idempotencyKey &&
        !(await idempotency.claimIdempotencyKey(tx, scope, idempotencyKey, requestHash))
      ) {
        // The first request with this key committed (we waited for it): answer as it did.
        const record = await idempotency.findIdempotencyRecord(tx, scope, idempotencyKey);
        if (record?.requestHash !== requestHash) throw new AppError("idempotency_mismatch");
        if (!record.ticketId)
          throw new AppError("conflict", "The first request with this key is still running");
        return { ...(await tickets.findTicketSummary(tx, record.ticketId)), replayed: true };
      }
      const created = await insertTicket(tx, actor, input, channel);
      if (idempotencyKey) await idempotency.linkIdempotencyRecord(tx, scope, idempotencyKey, created.id);
      return { ...created, replayed: false };
    });

    return {
      ticket: {
        id: ticket.id,
        number: formatTicketNumber(ticket.number),
        status: ticket.status,
        category: ticket.category,
      },
      replayed: ticket.replayed,
      /** The new ticket's first message (not known for a replayed request). */
      firstMessageId: "firstMessageId" in ticket ? (ticket.firstMessageId ?? undefined) : undefined,
    };
  }

  return {
    fileTicket,
    async createTicket(actor: Actor, input: CreateTicket, options: FilingOptions = {}) {
      return (await fileTicket(actor, input, options)).ticket;
    },
  };
}
