// The same change to many tickets of the queue (assign, status, priority). Each ticket goes through
// the single change with its own transaction and rules, so a bulk change can do nothing one change
// could not; a ticket that refuses (a closed one, a status it cannot reach) is reported, not fatal.
import type { BulkTicketChange, BulkTicketOutcome, BulkTicketResult } from "@helpdesk/contracts";
import { AppError } from "../../errors/app-error.ts";
import { requireStaff, worksTickets } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import type { createTicketChanges } from "./ticket-changes.service.ts";

type TicketChanges = ReturnType<typeof createTicketChanges>;

export function createTicketBulkChanges(changes: TicketChanges) {
  return {
    async bulkUpdateTickets(
      actor: SignedInActor,
      { ticketIds, change }: BulkTicketChange,
    ): Promise<BulkTicketResult> {
      requireStaff(actor, worksTickets);
      const items: BulkTicketOutcome[] = [];
      // One after the other: a ticket's change waits for none but its own row, and the order of the
      // audit trail follows the selection.
      for (const ticketId of ticketIds) {
        try {
          await changes.updateTicket(actor, ticketId, change);
          items.push({ ticketId, ok: true });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          items.push({
            ticketId,
            ok: false,
            problem: { status: error.status, code: error.code, detail: error.message },
          });
        }
      }
      const changed = items.filter((item) => item.ok).length;
      return { items, changed, failed: items.length - changed };
    },
  };
}
