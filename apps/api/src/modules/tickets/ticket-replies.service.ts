// Replies and internal notes. A customer's reply to a closed ticket starts a linked follow-up; a
// public reply moves the status (a customer's reopens, the team's first takes a new ticket into work).
import type { TicketView } from "@helpdesk/contracts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { endSnoozeOnCustomerReply } from "./follow-up.service.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import { type TicketAttachments, uploaderOf } from "./ticket-attachments.service.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import * as messages from "./ticket-messages.repository.ts";
import { formatTicketNumber } from "./ticket-number.ts";
import { followReply, followStatus, startTicketClock } from "./ticket-sla.ts";
import { statusAfterCustomerReply, statusAfterStaffReply } from "./ticket-status.ts";
import * as tickets from "./tickets.repository.ts";

export interface NewReply {
  body: string;
  internal: boolean;
  attachments?: string[] | undefined;
  /** The Message-ID of the e-mail a customer's reply came in as (see findEmailReply). */
  emailMessageId?: string | undefined;
  /** The newest message the writer had seen (null: none); undefined skips the check (e-mail). */
  expectedLastMessageId?: string | null | undefined;
}

export function createTicketReplies(
  { db, ticketNumbers }: TicketsServiceDeps,
  access: TicketAccessService,
  files: Pick<TicketAttachments, "attachStagedFiles">,
) {
  const replies = {
    async addMessage(actor: SignedInActor, id: string, input: NewReply): Promise<AddedMessage> {
      const { ticket, access: view } = await access.accessibleTicket(actor, id);
      // A merged ticket's thread goes on in the ticket it was merged into (there are no loops).
      if (ticket.mergedIntoTicketId) {
        const { expectedLastMessageId: _, ...reply } = input;
        return replies.addMessage(actor, ticket.mergedIntoTicketId, reply);
      }
      const fromCustomer = view === "customer";
      if (fromCustomer && input.internal) {
        throw new AppError("validation_failed", "Customers cannot write internal notes", {
          errors: [{ path: "body.internal", message: "Not allowed", code: "not_allowed" }],
        });
      }
      const withFiles = (input.attachments?.length ?? 0) > 0;
      if (ticket.status === "closed" && !fromCustomer && (!input.internal || withFiles)) {
        throw new AppError("conflict", "A closed ticket is final");
      }

      const result = await inWriteTransaction(db, async (tx) => {
        // A customer's reply to a closed ticket opens a linked follow-up instead.
        let targetId = ticket.id;
        let followUp: { id: string; number: number } | null = null;
        if (input.expectedLastMessageId !== undefined) {
          // Two writers on one ticket: the second waits here for the first's commit, then sees it.
          await tickets.lockTicket(tx, ticket.id);
          const latest = await messages.findLatestMessageId(tx, ticket.id, !fromCustomer);
          if (latest !== input.expectedLastMessageId) {
            throw new AppError("reply_crossed", "Read the new message first, then send your reply again");
          }
        }
        if (ticket.status === "closed" && fromCustomer) {
          followUp = await tickets.insertTicket(tx, {
            number: await ticketNumbers.next(tx),
            subject: ticket.subject,
            category: ticket.category,
            channel: "web",
            customerId: ticket.customerId,
            requesterVerifiedAt: new Date(),
            followUpOfId: ticket.id,
          });
          await recordTicketEvent(tx, ticket.id, actor, "follow_up_created", {
            after: { ticketId: followUp.id },
          });
          await recordTicketEvent(tx, followUp.id, actor, "created", { after: { followUpOf: ticket.id } });
          await startTicketClock(tx, followUp.id, actor);
          await recordDomainEvent(tx, followUp.id, "ticket.created", { number: followUp.number });
          targetId = followUp.id;
        }
        const message = await messages.insertMessage(tx, {
          ticketId: targetId,
          body: input.body,
          internal: input.internal,
          authorKind: fromCustomer ? "customer" : "staff",
          authorCustomerId: fromCustomer ? actor.id : null,
          authorStaffId: fromCustomer ? null : actor.id,
          emailMessageId: fromCustomer ? (input.emailMessageId ?? null) : null,
        });
        await recordTicketEvent(tx, targetId, actor, "message_added", {
          after: { messageId: message.id, internal: input.internal },
        });
        await files.attachStagedFiles(
          tx,
          actor,
          { ticketId: targetId, messageId: message.id },
          uploaderOf(actor, null),
          input.attachments,
        );
        // An internal note moves nothing a customer sees, not even the ticket's `updatedAt`.
        if (!input.internal) {
          const { status } = await tickets.findTicketState(tx, targetId);
          const next = fromCustomer ? statusAfterCustomerReply(status) : statusAfterStaffReply(status);
          if (next !== status) {
            await tickets.updateTicket(tx, targetId, { status: next });
            await recordTicketEvent(tx, targetId, actor, "status_changed", { before: status, after: next });
            await followStatus(tx, targetId, next);
          }
          // An internal note does neither: it is not an answer to the customer.
          await followReply(tx, targetId, fromCustomer ? "customer" : "team");
          if (fromCustomer) await endSnoozeOnCustomerReply(tx, targetId, actor);
          // The customer hears of the team's reply; the assignee of the customer's (a staff
          // notification, recorded with the message_added event above).
          if (!fromCustomer) {
            await recordDomainEvent(tx, targetId, "ticket.team_replied", { messageId: message.id });
          }
        }
        return { messageId: message.id, targetId, followUp };
      });

      const page = await access.viewFor(actor, view, result.targetId);
      const message = page.messages.find((candidate) => candidate.id === result.messageId);
      if (!message) throw new Error("the new message is missing from its ticket");
      return {
        message,
        followUp: result.followUp && {
          id: result.followUp.id,
          number: formatTicketNumber(result.followUp.number),
        },
      };
    },
  };
  return replies;
}

interface AddedMessage {
  message: TicketView["messages"][number];
  followUp: { id: string; number: string } | null;
}
