// Reading tickets: a customer's own list, the staff queue with its counts, one ticket, its audit trail.
import {
  type CursorPage,
  openTicketStatuses,
  type TicketView,
  type ticketCountsQuerySchema,
  type ticketListQuerySchema,
  type ticketSummarySchema,
} from "@helpdesk/contracts";
import type { z } from "zod";
import { WRITE_BUDGET } from "../../db/write-transaction.ts";
import { decodeCursor, encodeCursor, toPage } from "../../lib/cursor.ts";
import { denyAsNotFound, ticketCountScope, ticketListScope } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { endOfLocalDay, loadCalendar } from "../service-levels/service-levels.module.ts";
import type { TicketAccessService } from "./ticket-access.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import { queueViewFilters, splitCapped } from "./ticket-counts.ts";
import { decodeDueCursor, toDuePage } from "./ticket-due-cursor.ts";
import { listTicketEvents } from "./ticket-events.repository.ts";
import * as lists from "./ticket-lists.repository.ts";
import { listMergedTicketIds } from "./ticket-merges.repository.ts";
import {
  presentCallbackTicketSummary,
  presentCustomerTicketSummary,
  presentStaffTicketSummary,
  presentTicketEvent,
} from "./tickets.presenter.ts";

type TicketListQuery = z.output<typeof ticketListQuerySchema>;

/** Before every ticket: where an export starts. */
const START = { createdAt: new Date(0), id: "00000000-0000-0000-0000-000000000000" };
/** The list's filters: all of the counts' query. */
type TicketFilterQuery = z.output<typeof ticketCountsQuerySchema>;

/** `me`, `none` or a staff id, as the list's `assignee` filter takes it. */
const assigneeIdOf = (actor: SignedInActor, assignee: string): string | null =>
  assignee === "me" ? actor.id : assignee === "none" ? null : assignee;

/** A customer filters their own tickets; assignee and verification are not theirs to see. */
const customerFilters = (query: TicketFilterQuery): lists.TicketFilters => ({
  updatedSince: query.updated_since === undefined ? undefined : new Date(query.updated_since),
  status: query.status,
  category: query.category,
  priority: query.priority,
  text: query.q,
});

const staffFilters = (
  actor: SignedInActor,
  query: TicketFilterQuery,
  clock: { now: Date; endOfToday: Date },
): lists.TicketFilters => ({
  ...customerFilters(query),
  assigneeId: query.assignee === undefined ? undefined : assigneeIdOf(actor, query.assignee),
  verified: query.verified === undefined ? undefined : query.verified === "true",
  customerId: query.customer,
  breached: query.breached === undefined ? undefined : { value: query.breached === "true", now: clock.now },
  dueBefore: query.due === "today" ? clock.endOfToday : undefined,
  snoozed: query.snoozed === undefined ? undefined : { value: query.snoozed === "true", now: clock.now },
});

/**
 * How long a change must be committed-by before the export shows it. A write's `updatedAt` is taken
 * inside its transaction, which may commit up to WRITE_BUDGET.timeout (20 s) later: a reader that
 * returned every row up to now would move its cursor past a row that commits afterwards with an
 * older `updatedAt`, and skip it for good. Rows younger than this wait for a later page instead.
 */
export const EXPORT_SETTLE_MS = WRITE_BUDGET.timeout + 5_000;

export function createTicketQueries(
  { db, exportSettleMs = EXPORT_SETTLE_MS }: TicketsServiceDeps,
  access: TicketAccessService,
) {
  /** Now, and when today ends in the business calendar's zone (for `due=today`). */
  async function slaClock() {
    const now = new Date();
    return { now, endOfToday: endOfLocalDay(await loadCalendar(db), now) };
  }

  return {
    async listTickets(
      actor: SignedInActor,
      query: TicketListQuery,
    ): Promise<CursorPage<z.infer<typeof ticketSummarySchema>>> {
      const scope = ticketListScope(actor);
      if (scope.kind === "queue" && query.sort === "due") {
        const filters = staffFilters(actor, query, await slaClock());
        const after = decodeDueCursor(query.cursor);
        const rows = await lists.listStaffTicketsByDue(db, scope, filters, { after, take: query.limit + 1 });
        return toDuePage(rows, query.limit, presentStaffTicketSummary);
      }
      // Customers and the phone desk have no due times: `due` lists their newest first.
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
      const rows = await lists.listStaffTickets(
        db,
        scope,
        staffFilters(actor, query, await slaClock()),
        page,
      );
      return toPage(rows, query.limit, presentStaffTicketSummary);
    },

    /**
     * The filtered list's length and each queue view's, counted over the same scope as the list, each
     * exact up to COUNT_CAP and flagged `capped` beyond it (the queue shows "more than").
     */
    async countTickets(actor: SignedInActor, query: TicketFilterQuery) {
      const scope = ticketCountScope(actor);
      const clock = await slaClock();
      const filters = staffFilters(actor, query, clock);
      const { status, assigneeId, snoozed, ...shared } = filters;
      const open = { ...shared, status: [...openTicketStatuses], assigneeId, snoozed };
      const viewFilters = queueViewFilters(shared, (assignee) => assigneeIdOf(actor, assignee), clock.now);
      const counted = await lists.countTicketsUpTo(db, scope, [
        ["total", filters] as const,
        ["breached", { ...open, breached: { value: true, now: clock.now } }] as const,
        ["dueToday", { ...open, dueBefore: clock.endOfToday }] as const,
        ...viewFilters,
      ]);
      const perView = splitCapped(viewFilters.map(([name]) => [name, counted[name]] as const));
      const sla = splitCapped([
        ["breached", counted.breached],
        ["dueToday", counted.dueToday],
      ]);
      const total = counted.total;
      return {
        total: total.count,
        views: perView.counts,
        sla: sla.counts,
        cap: lists.COUNT_CAP,
        capped: { total: total.capped, views: perView.capped, sla: sla.capped },
      };
    },

    /**
     * Every ticket the caller's queue holds, oldest change first, from the cursor on. The cursor is
     * the last row's (updatedAt, id): a ticket changed again after it was exported comes again
     * later (with its new updatedAt), and none is skipped, because only settled rows are shown.
     */
    async exportTickets(actor: SignedInActor, query: { cursor?: string | undefined; limit: number }) {
      if (ticketListScope(actor).kind !== "queue") denyAsNotFound();
      const after = decodeCursor(query.cursor);
      const settledBefore = new Date(Date.now() - exportSettleMs);
      const rows = await lists.listTicketsForExport(db, { after, settledBefore, take: query.limit + 1 });
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      const position = last ? { createdAt: last.updatedAt, id: last.id } : after;
      return {
        items: items.map(presentStaffTicketSummary),
        nextCursor: encodeCursor(position ?? START),
        hasMore: rows.length > query.limit,
        settledBefore: settledBefore.toISOString(),
      };
    },

    async getTicket(actor: SignedInActor, id: string): Promise<TicketView> {
      const { access: view } = await access.accessibleTicket(actor, id);
      return access.viewFor(actor, view, id);
    },

    async listEvents(actor: SignedInActor, id: string) {
      const { access: view } = await access.accessibleTicket(actor, id);
      if (view !== "staff") denyAsNotFound();
      // A merged ticket's trail is append-only and stays with it: it is shown as part of the target's.
      const rows = await listTicketEvents(db, [id, ...(await listMergedTicketIds(db, id))]);
      return { items: rows.map(presentTicketEvent) };
    },
  };
}
