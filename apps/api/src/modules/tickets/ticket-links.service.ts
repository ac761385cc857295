// Links between related tickets: staff only, both directions, once per pair, never to itself. A
// ticket's links are listed for the staff who work tickets; customers never see them.
import type { LinkedTicketList } from "@helpdesk/contracts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { requireStaff, worksTickets } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { recordTicketEvent } from "./ticket-events.ts";
import * as merges from "./ticket-merges.repository.ts";
import { formatTicketNumber } from "./ticket-number.ts";

export function createTicketLinks({ db }: TicketsServiceDeps, access: TicketAccessService) {
  async function list(id: string): Promise<LinkedTicketList> {
    const rows = await merges.listLinkedTickets(db, id);
    return { items: rows.map((row) => ({ ...row, number: formatTicketNumber(row.number) })) };
  }

  /** Both tickets as staff see them (404 for anyone else, or a ticket that is not there). */
  async function bothTickets(actor: SignedInActor, id: string, otherId: string) {
    requireStaff(actor, worksTickets);
    const { ticket } = await access.accessibleTicket(actor, id);
    const { ticket: other } = await access.accessibleTicket(actor, otherId);
    return { ticket, other };
  }

  return {
    async listTicketLinks(actor: SignedInActor, id: string): Promise<LinkedTicketList> {
      requireStaff(actor, worksTickets);
      await access.accessibleTicket(actor, id);
      return list(id);
    },

    async linkTicket(actor: SignedInActor, id: string, otherId: string): Promise<LinkedTicketList> {
      if (id === otherId) {
        const message = "A ticket cannot be linked to itself";
        throw new AppError("validation_failed", message, {
          errors: [{ path: "body.ticketId", message, code: "same_ticket" }],
        });
      }
      const { ticket, other } = await bothTickets(actor, id, otherId);
      await inWriteTransaction(db, async (tx) => {
        if (!(await merges.insertLink(tx, id, otherId))) return;
        const ref = (t: typeof ticket) => ({ id: t.id, number: formatTicketNumber(t.number) });
        await recordTicketEvent(tx, id, actor, "linked", { after: ref(other) });
        await recordTicketEvent(tx, otherId, actor, "linked", { after: ref(ticket) });
      });
      return list(id);
    },

    async unlinkTicket(actor: SignedInActor, id: string, otherId: string): Promise<LinkedTicketList> {
      const { ticket, other } = await bothTickets(actor, id, otherId);
      await inWriteTransaction(db, async (tx) => {
        // Removing a link that is not there changes nothing (a DELETE may be repeated).
        if (!(await merges.deleteLink(tx, id, otherId))) return;
        const ref = (t: typeof ticket) => ({ id: t.id, number: formatTicketNumber(t.number) });
        await recordTicketEvent(tx, id, actor, "unlinked", { before: ref(other) });
        await recordTicketEvent(tx, otherId, actor, "unlinked", { before: ref(ticket) });
      });
      return list(id);
    },
  };
}
