// Reading tickets: a customer's own list, the staff queue with its counts, one ticket, its audit trail.
import type {
  CursorPage,
  TicketView,
  ticketCountsQuerySchema,
  ticketListQuerySchema,
  ticketSummarySchema,
} from "@helpdesk/contracts";
import type { z } from "zod";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { denyAsNotFound, ticketCountScope, ticketListScope } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { countQueueViews, countSelected } from "./ticket-counts.ts";
import { listTicketEvents } from "./ticket-events.repository.ts";
import * as lists from "./ticket-lists.repository.ts";
import {
  presentCallbackTicketSummary,
  presentCustomerTicketSummary,
  presentStaffTicketSummary,
  presentTicketEvent,
} from "./tickets.presenter.ts";

type TicketListQuery = z.output<typeof ticketListQuerySchema>;
/** The list's filters: all of the counts' query. */
type TicketFilterQuery = z.output<typeof ticketCountsQuerySchema>;

/** `me`, `none` or a staff id, as the list's `assignee` filter takes it. */
const assigneeIdOf = (actor: SignedInActor, assignee: string): string | null =>
  assignee === "me" ? actor.id : assignee === "none" ? null : assignee;

/** A customer filters their own tickets; assignee and verification are not theirs to see. */
const customerFilters = (query: TicketFilterQuery): lists.TicketFilters => ({
  status: query.status,
  category: query.category,
  priority: query.priority,
  text: query.q,
});

const staffFilters = (actor: SignedInActor, query: TicketFilterQuery): lists.TicketFilters => ({
  ...customerFilters(query),
  assigneeId: query.assignee === undefined ? undefined : assigneeIdOf(actor, query.assignee),
  verified: query.verified === undefined ? undefined : query.verified === "true",
});

export function createTicketQueries({ db }: TicketsServiceDeps, access: TicketAccessService) {
  return {
    async listTickets(
      actor: SignedInActor,
      query: TicketListQuery,
    ): Promise<CursorPage<z.infer<typeof ticketSummarySchema>>> {
      const scope = ticketListScope(actor);
      const page = {
        after: decodeCursor(query.cursor),
        take: query.limit + 1,
        direction: query.sort === "oldest" ? ("asc" as const) : ("desc" as const),
      };
      if (scope.kind === "customer") {
        const rows = await lists.listCustomerTickets(db, scope.customerId, customerFilters(query), page);
        return toPage(rows, query.limit, presentCustomerTicketSummary);
      }
      if (scope.kind === "createdBy") {
        // The phone desk filters by what it entered: assignee and verification are not its to see.
        const rows = await lists.listCallbackTickets(db, scope.staffId, customerFilters(query), page);
        return toPage(rows, query.limit, presentCallbackTicketSummary);
      }
      const rows = await lists.listStaffTickets(db, scope, staffFilters(actor, query), page);
      return toPage(rows, query.limit, presentStaffTicketSummary);
    },

    /** The filtered list's length and each queue view's, counted over the same scope as the list. */
    async countTickets(actor: SignedInActor, query: TicketFilterQuery) {
      const scope = ticketCountScope(actor);
      const { status, assigneeId, ...shared } = staffFilters(actor, query);
      const tallies = await lists.countTicketsByStatusAndAssignee(db, scope, shared);
      return {
        total: countSelected(tallies, { status, assigneeId }),
        views: countQueueViews(tallies, (assignee) => assigneeIdOf(actor, assignee)),
      };
    },

    async getTicket(actor: SignedInActor, id: string): Promise<TicketView> {
      const { access: view } = await access.accessibleTicket(actor, id);
      return access.viewFor(actor, view, id);
    },

    async listEvents(actor: SignedInActor, id: string) {
      const { access: view } = await access.accessibleTicket(actor, id);
      if (view !== "staff") denyAsNotFound();
      const rows = await listTicketEvents(db, id);
      return { items: rows.map(presentTicketEvent) };
    },
  };
}
