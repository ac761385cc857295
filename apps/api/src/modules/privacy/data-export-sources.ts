// Where a data export reads from: the customer's own views, through the services that own them (so
// the archive holds what the customer may see, and nothing else).
import { type TicketView, ticketListQuerySchema } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { findCustomerContact } from "../customers/customer-accounts.ts";
import { createCustomersService } from "../customers/customers.service.ts";
import { ratingsOfTickets } from "../ratings/ratings.service.ts";
import type { TicketsService } from "../tickets/tickets.service.ts";
import * as erasures from "./customer-erasures.repository.ts";
import type { ExportSources } from "./data-export.service.ts";

export function exportSources(db: Database, tickets: TicketsService): ExportSources {
  const customers = createCustomersService({ db });
  return {
    async contactOf(customerId) {
      if (await erasures.findErasure(db, customerId)) return null;
      return findCustomerContact(db, customerId);
    },
    customerOf: (actor) => customers.getCustomer(actor, actor.id),
    async ticketsOf(actor) {
      const views: TicketView[] = [];
      let cursor: string | undefined;
      do {
        const query = ticketListQuerySchema.parse({
          limit: 100,
          sort: "oldest",
          ...(cursor ? { cursor } : {}),
        });
        const page = await tickets.listTickets(actor, query);
        for (const summary of page.items) views.push(await tickets.getTicket(actor, summary.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return views;
    },
    async ratingsOf(tickets) {
      const numberOf = new Map(tickets.map((ticket) => [ticket.id, ticket.number]));
      const rows = await ratingsOfTickets(db, [...numberOf.keys()]);
      return rows.map((row) => ({
        ticketNumber: numberOf.get(row.ticketId) ?? "",
        score: row.score,
        comment: row.comment,
        ratedAt: row.ratedAt.toISOString(),
        changedAt: row.changedAt.toISOString(),
      }));
    },
    attachmentBytes: async (actor, ticketId, attachmentId) =>
      (await tickets.readAttachment(actor, ticketId, attachmentId)).bytes,
  };
}
