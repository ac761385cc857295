// Splitting a ticket: a later public message of it (a second question in the same thread) becomes the
// first message of a new ticket for the same customer, with its files and the original e-mail. The new
// ticket starts its own clocks; both trails say where the message went; the customer is told.
import type { SplitMessageInput } from "@helpdesk/contracts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { requireStaff, worksTickets } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { moveInboundEmails } from "../inbound-mail/inbound-mail.module.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import * as merges from "./ticket-merges.repository.ts";
import { formatTicketNumber } from "./ticket-number.ts";
import { clockForNewTicket } from "./ticket-sla.ts";
import * as tickets from "./tickets.repository.ts";

const NEW_TICKET_PRIORITY = "normal";

const notSplittable = (message: string, code: string) =>
  new AppError("validation_failed", message, { errors: [{ path: "params.messageId", message, code }] });

export function createTicketSplits({ db, ticketNumbers }: TicketsServiceDeps, access: TicketAccessService) {
  return {
    async splitMessage(
      actor: SignedInActor,
      ticketId: string,
      messageId: string,
      { subject }: SplitMessageInput,
    ): Promise<{ id: string; number: string }> {
      requireStaff(actor, worksTickets);
      await access.accessibleTicket(actor, ticketId);

      return inWriteTransaction(db, async (tx) => {
        await tickets.lockTicket(tx, ticketId);
        const source = await merges.findSplitSource(tx, ticketId);
        if (source.status === "closed" || source.mergedIntoTicketId)
          throw new AppError("conflict", "A closed ticket is final; its messages cannot be split off");
        if (!source.customerId)
          throw new AppError("conflict", "A ticket without a requester cannot be split");
        const message = await merges.findSplittableMessage(tx, ticketId, messageId);
        if (!message) throw new AppError("not_found");
        if (message.internal) throw notSplittable("An internal note cannot become a ticket", "internal_note");
        if (message.isFirst)
          throw notSplittable("The first message is the ticket's own question", "first_message");

        const clock = await clockForNewTicket(tx, {
          customerId: source.customerId,
          serviceId: source.serviceId,
          priority: NEW_TICKET_PRIORITY,
        });
        const created = await tickets.insertTicket(tx, {
          ...clock?.columns,
          number: await ticketNumbers.next(tx),
          priority: NEW_TICKET_PRIORITY,
          subject: subject ?? source.subject,
          category: source.category,
          channel: source.channel,
          customerId: source.customerId,
          requesterVerifiedAt: source.requesterVerifiedAt,
          serviceId: source.serviceId,
        });
        await merges.moveMessage(tx, message.id, created.id);
        await moveInboundEmails(tx, created.id, [message.id]);
        await tickets.touchTicket(tx, ticketId);

        const newRef = { id: created.id, number: formatTicketNumber(created.number) };
        const sourceRef = { id: ticketId, number: formatTicketNumber(source.number) };
        await recordTicketEvent(tx, created.id, actor, "created", {
          after: { status: created.status, category: created.category, subject: subject ?? source.subject },
        });
        if (clock) await recordTicketEvent(tx, created.id, actor, "sla_started", clock.record);
        await recordTicketEvent(tx, created.id, actor, "split_from", { after: { ...sourceRef, messageId } });
        await recordTicketEvent(tx, ticketId, actor, "split_off", { after: { ...newRef, messageId } });
        // The customer's e-mail about the new ticket says where the message went (not "we received").
        await recordDomainEvent(tx, created.id, "ticket.split", { sourceNumber: source.number });
        return newRef;
      });
    },
  };
}
