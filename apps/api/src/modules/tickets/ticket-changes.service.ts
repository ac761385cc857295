// Changing a ticket: staff move its status, priority, category and assignee; a customer may only
// close or reopen their own. Each change is an audit event; customer-visible ones go to the outbox.
import type { TicketView, updateTicketSchema } from "@helpdesk/contracts";
import type { z } from "zod";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { customerHasService } from "../customers/customer-accounts.ts";
import { recordSolvedTicketEvidence } from "../faq/faq-evidence.ts";
import { canWorkTicket, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { findTicketWorker } from "../staff/staff-accounts.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import { listTeamReplyBodies } from "./ticket-messages.repository.ts";
import { followStatus, recomputeTicketClock } from "./ticket-sla.ts";
import { assertTransition } from "./ticket-status.ts";
import * as tickets from "./tickets.repository.ts";

type UpdateTicket = z.output<typeof updateTicketSchema>;

function assertCustomerMayChange(change: UpdateTicket) {
  const { status, expectedUpdatedAt: _, ...other } = change;
  if (status === undefined || Object.values(other).some((value) => value !== undefined)) {
    throw new AppError("validation_failed", "Customers can only close or reopen a ticket", {
      errors: [{ path: "body", message: "Only status may change", code: "not_allowed" }],
    });
  }
}

const notATicketWorker = () =>
  new AppError("validation_failed", "Assign to a staff member who works tickets", {
    errors: [
      { path: "body.assigneeId", message: "Not a ticket-working staff member", code: "invalid_assignee" },
    ],
  });

const notTheRequestersService = () =>
  new AppError("validation_failed", "Choose one of the requester's services", {
    errors: [{ path: "body.serviceId", message: "Not a service of the requester", code: "invalid_service" }],
  });

/** A change made on a page opened before the ticket last changed is refused, never applied over it. */
function assertUnchangedSince(expectedUpdatedAt: string | undefined, updatedAt: Date) {
  if (expectedUpdatedAt === undefined || new Date(expectedUpdatedAt).getTime() === updatedAt.getTime())
    return;
  throw new AppError("edit_conflict", "The ticket was changed since you opened it: reload it and try again", {
    conflict: { current: { updatedAt: updatedAt.toISOString() }, submitted: { expectedUpdatedAt } },
  });
}

export function createTicketChanges({ db }: TicketsServiceDeps, access: TicketAccessService) {
  return {
    async updateTicket(actor: SignedInActor, id: string, change: UpdateTicket): Promise<TicketView> {
      const { ticket, access: view } = await access.accessibleTicket(actor, id);
      const byStaff = canWorkTicket(actor);
      if (!byStaff) {
        if (view !== "customer") denyAsNotFound();
        assertCustomerMayChange(change);
      }
      if (ticket.status === "closed")
        throw new AppError("conflict", "A closed ticket is final; reply to start a follow-up");

      await inWriteTransaction(db, async (tx) => {
        // Changes of one ticket queue up here, so each audit event's "before" is what the last one left.
        await tickets.lockTicket(tx, id);
        const current = await tickets.findTicketState(tx, id);
        assertUnchangedSince(change.expectedUpdatedAt, current.updatedAt);
        const update: Parameters<typeof tickets.updateTicket>[2] = {};
        const { status, priority, category, assigneeId, serviceId } = change;
        if (status !== undefined && status !== current.status) {
          assertTransition(current.status, status, byStaff ? "staff" : "customer");
          update.status = status;
          await recordTicketEvent(tx, id, actor, "status_changed", { before: current.status, after: status });
          await recordDomainEvent(tx, id, "ticket.status_changed", { from: current.status, to: status });
          if (status === "solved") {
            const teamReplies = await listTeamReplyBodies(tx, id);
            await recordSolvedTicketEvidence(tx, { id, subject: ticket.subject, teamReplies });
          }
        }
        if (priority !== undefined && priority !== current.priority) {
          update.priority = priority;
          await recordTicketEvent(tx, id, actor, "priority_changed", {
            before: current.priority,
            after: priority,
          });
        }
        if (category !== undefined && category !== current.category) {
          update.category = category;
          await recordTicketEvent(tx, id, actor, "category_changed", {
            before: current.category,
            after: category,
          });
        }
        if (assigneeId !== undefined && assigneeId !== (current.assignee?.id ?? null)) {
          const assignee = assigneeId ? await findTicketWorker(tx, assigneeId) : null;
          if (assigneeId && !assignee) throw notATicketWorker();
          update.assigneeId = assignee?.id ?? null;
          // A handover is on the record for staff; customers never see who works their ticket.
          await recordTicketEvent(tx, id, actor, "assignee_changed", {
            before: current.assignee,
            after: assignee,
          });
        }
        if (serviceId !== undefined && serviceId !== current.serviceId) {
          const owned =
            serviceId === null ||
            (ticket.customerId && (await customerHasService(tx, ticket.customerId, serviceId)));
          if (!owned) throw notTheRequestersService();
          update.serviceId = serviceId;
          await recordTicketEvent(tx, id, actor, "service_changed", {
            before: current.serviceId,
            after: serviceId,
          });
        }
        if (Object.keys(update).length > 0) await tickets.updateTicket(tx, id, update);
        // After the update: the clocks follow the new status, then the new level or priority.
        if (update.status) await followStatus(tx, id, update.status);
        if (update.priority || update.serviceId !== undefined) {
          await recomputeTicketClock(tx, id, actor, update.priority ? "priority_changed" : "service_changed");
        }
      });
      return access.viewFor(actor, view, id);
    },
  };
}
