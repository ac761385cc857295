// Which view of a ticket a caller gets, loaded with only the columns that view may show.
import type { TicketView } from "@helpdesk/contracts";
import { ticketBillingTotals } from "../billing/billing.module.ts";
import { denyAsNotFound, type TicketAccess, ticketAccess } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { presentCallbackTicket, presentCustomerTicket, presentStaffTicket } from "./tickets.presenter.ts";
import * as tickets from "./tickets.repository.ts";

export function createTicketAccess({
  db,
  env,
  settings,
}: Pick<TicketsServiceDeps, "db" | "env" | "settings">) {
  const teamName = async () => (settings ? (await settings.current()).teamName : env.TEAM_NAME);
  return {
    async viewFor(actor: SignedInActor, access: TicketAccess, id: string): Promise<TicketView> {
      if (access === "customer") {
        const row = await tickets.findCustomerTicket(db, id);
        if (row) return presentCustomerTicket(row, await teamName());
      } else if (access === "staff") {
        const row = await tickets.findStaffTicket(db, id);
        if (row) return presentStaffTicket(row, await ticketBillingTotals(db, id));
      } else if (access === "callback") {
        const row = await tickets.findCallbackTicket(db, id, actor.id);
        if (row) return presentCallbackTicket(row);
      }
      return denyAsNotFound();
    },

    /** The ticket's facts and how the caller may see it; 404 when not at all. */
    async accessibleTicket(actor: Actor, id: string) {
      const ticket = await tickets.findTicketAccessFacts(db, id);
      const access = ticket ? ticketAccess(actor, ticket) : "none";
      if (!ticket || access === "none") denyAsNotFound();
      return { ticket, access };
    },
  };
}
export type TicketAccessService = ReturnType<typeof createTicketAccess>;
