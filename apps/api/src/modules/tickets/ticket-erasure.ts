// What erasure (privacy) does to a customer's tickets. The tickets stay, for the record of the
// provider's answers and for the books (cancellations), but say nothing about the person any more:
// subjects, messages (theirs and the team's) and the audit trail are scrubbed of their data, their
// own signatures dropped, callers' names and numbers removed, and every attachment deleted.
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { ERASED, scrubJson, withoutSignature } from "../../lib/privacy/personal-data-scrubber.ts";
import * as repository from "./ticket-erasure.repository.ts";

export interface TicketErasureCounts {
  tickets: number;
  messages: number;
  events: number;
  attachments: number;
}

// Category details that name a person (a phone caller); the rest (what a cancellation ends, and
// from when) is what the books need.
const personalDetailKeys = new Set(["callerName", "phone"]);

function scrubDetails(details: Prisma.JsonValue, scrub: (text: string) => string): Prisma.InputJsonValue {
  if (!details || typeof details !== "object" || Array.isArray(details)) return {};
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      personalDetailKeys.has(key) ? ERASED : scrubJson(value, scrub),
    ]),
  ) as Prisma.InputJsonValue;
}

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/**
 * Scrubs the customer's tickets in the caller's transaction; returns the storage keys of the deleted
 * attachments (to delete once the transaction committed) and what was touched.
 */
export async function eraseCustomerFromTickets(
  tx: DbClient,
  customerId: string,
  scrub: (text: string) => string,
): Promise<{ ticketIds: string[]; storageKeys: string[]; counts: TicketErasureCounts }> {
  const tickets = await repository.listTicketsOfCustomer(tx, customerId);
  return scrubTickets(tx, tickets, { customerId, scrub, ownMessages: "scrubbed" });
}

/**
 * Retention: the same for some of a requester's tickets, except that what the requester wrote goes
 * as a whole (the team's answers stay, scrubbed); the tickets are marked, so this happens once.
 */
export async function anonymiseFinishedTickets(
  tx: DbClient,
  ticketIds: string[],
  requester: { customerId: string | null; scrub: (text: string) => string },
  now: Date,
): Promise<{ storageKeys: string[]; counts: TicketErasureCounts }> {
  const tickets = await repository.listTicketsById(tx, ticketIds);
  const result = await scrubTickets(tx, tickets, { ...requester, ownMessages: "erased" });
  await repository.markAnonymised(tx, ticketIds, now);
  return result;
}

export type FinishedTicketPosition = { updatedAt: Date; id: string };
/** Retention's walk over closed and solved tickets not anonymised yet, by last change (a batch at a time). */
export const listFinishedTicketsBefore = repository.listFinishedTicketsBefore;

/** What retention replaces a requester's own message with. */
export const ERASED_BY_RETENTION = "[Verwijderd na de bewaartermijn]";

async function scrubTickets(
  tx: DbClient,
  tickets: { id: string; subject: string; details: Prisma.JsonValue }[],
  options: { customerId: string | null; scrub: (text: string) => string; ownMessages: "scrubbed" | "erased" },
) {
  const { customerId, scrub } = options;
  const ticketIds = tickets.map((ticket) => ticket.id);
  await repository.rewriteTickets(
    tx,
    tickets.map((ticket) => ({
      id: ticket.id,
      subject: scrub(ticket.subject),
      details: scrubDetails(ticket.details, scrub),
    })),
  );

  const messages = (await repository.listMessagesOfTickets(tx, ticketIds)).flatMap((message) => {
    const own = customerId !== null && message.authorCustomerId === customerId;
    const body =
      own && options.ownMessages === "erased"
        ? ERASED_BY_RETENTION
        : scrub(own ? withoutSignature(message.body) : message.body);
    return body !== message.body || message.emailMessageId !== null ? [{ id: message.id, body }] : [];
  });
  await repository.rewriteMessages(tx, messages);

  const events = (await repository.listEventsOfTickets(tx, ticketIds)).flatMap((event) => {
    const before = scrubJson(event.before, scrub);
    const after = scrubJson(event.after, scrub);
    return changed(before, event.before) || changed(after, event.after)
      ? [{ id: event.id, before, after }]
      : [];
  });
  await repository.rewriteEvents(tx, events);

  const storageKeys = await repository.deleteAttachmentsOfTickets(tx, ticketIds);
  return {
    ticketIds,
    storageKeys,
    counts: {
      tickets: tickets.length,
      messages: messages.length,
      events: events.length,
      attachments: storageKeys.length,
    },
  };
}
