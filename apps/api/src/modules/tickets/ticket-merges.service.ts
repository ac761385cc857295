// Merging a ticket into another of the same customer: its thread, files, time, appointment and
// history move to the target; it is closed and points there. Both tickets are locked in id order in
// one transaction, so two merges of one pair at once (either way round) end with one merged into the
// other, never a loop and nothing lost. The customer gets one e-mail, from the team.
import type { MergeTicketInput, TicketView } from "@helpdesk/contracts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { moveAppointment } from "../appointments/appointments.module.ts";
import { moveTicketBilling } from "../billing/billing.module.ts";
import { requireStaff, worksTickets } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { moveInboundEmails } from "../inbound-mail/inbound-mail.module.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import * as merges from "./ticket-merges.repository.ts";
import { formatTicketNumber } from "./ticket-number.ts";
import { followStatus } from "./ticket-sla.ts";
import { touchTicket } from "./tickets.repository.ts";

const invalidTarget = (message: string, code: string) =>
  new AppError("validation_failed", message, {
    errors: [{ path: "body.targetTicketId", message, code }],
  });

/** Why this pair may not be merged (checked on the locked rows), or nothing when it may. */
function refusal(source: merges.MergeFacts, target: merges.MergeFacts): AppError | null {
  if (source.mergedInto)
    return new AppError(
      "conflict",
      `This ticket was merged into ${formatTicketNumber(source.mergedInto.number)} already`,
    );
  if (target.mergedInto)
    return new AppError(
      "conflict",
      `That ticket was merged into ${formatTicketNumber(target.mergedInto.number)}: merge into that one`,
    );
  if (source.customerId === null || source.customerId !== target.customerId)
    return invalidTarget("Only tickets of the same customer can be merged", "different_customer");
  if (source.status === "closed" || target.status === "closed")
    return new AppError("conflict", "A closed ticket is final; it cannot be merged");
  return null;
}

export function createTicketMerges({ db }: TicketsServiceDeps, access: TicketAccessService) {
  return {
    async mergeTicket(
      actor: SignedInActor,
      sourceId: string,
      { targetTicketId }: MergeTicketInput,
    ): Promise<TicketView> {
      requireStaff(actor, worksTickets);
      if (sourceId === targetTicketId)
        throw invalidTarget("A ticket cannot be merged into itself", "same_ticket");
      await access.accessibleTicket(actor, sourceId);
      await access.accessibleTicket(actor, targetTicketId);

      await inWriteTransaction(db, async (tx) => {
        await merges.lockTicketPair(tx, sourceId, targetTicketId);
        const source = await merges.findMergeFacts(tx, sourceId);
        const target = await merges.findMergeFacts(tx, targetTicketId);
        if (!source || !target) throw new AppError("not_found");
        const refused = refusal(source, target);
        if (refused) throw refused;

        const movedMessageIds = await merges.moveThread(tx, sourceId, targetTicketId);
        await moveInboundEmails(tx, targetTicketId, movedMessageIds);
        await moveTicketBilling(tx, sourceId, targetTicketId);
        const appointmentMoved = await moveAppointment(tx, sourceId, targetTicketId);
        await merges.markMerged(tx, sourceId, targetTicketId);
        await followStatus(tx, sourceId, "closed");
        await touchTicket(tx, targetTicketId);

        const sourceRef = {
          id: source.id,
          number: formatTicketNumber(source.number),
          subject: source.subject,
        };
        const targetRef = {
          id: target.id,
          number: formatTicketNumber(target.number),
          subject: target.subject,
        };
        // On the source: the closing (live streams and webhooks hear it as a status change) and where to.
        await recordTicketEvent(tx, sourceId, actor, "status_changed", {
          before: source.status,
          after: "closed",
        });
        await recordTicketEvent(tx, sourceId, actor, "merged_into", { after: targetRef });
        await recordTicketEvent(tx, targetTicketId, actor, "merged_from", {
          after: { ...sourceRef, messages: movedMessageIds.length, appointmentMoved },
        });
        // One e-mail, about the target (its link goes there): the source's closing sends none.
        await recordDomainEvent(tx, targetTicketId, "ticket.merged", { sourceNumber: source.number });
      });
      return access.viewFor(actor, "staff", targetTicketId);
    },
  };
}
