// The queue and a customer's own list: filters, keyset pages and grouped counts over tickets.
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";
import type { TicketListScope } from "../identity/access-policy.ts";
import { afterDueCursor, type DuePosition } from "./ticket-due-cursor.ts";
import { parseTicketNumber } from "./ticket-number.ts";
import { clockColumns, requesterColumns, staffRef } from "./tickets.repository.ts";

export interface TicketFilters {
  status?: string[] | undefined;
  category?: string[] | undefined;
  priority?: string[] | undefined;
  assigneeId?: string | null | undefined;
  verified?: boolean | undefined;
  /** One customer's tickets (staff looking at the customer's page). */
  customerId?: string | undefined;
  text?: string | undefined;
  /** A missed service-level target: recorded, or running past its due time at `now`. */
  breached?: { value: boolean; now: Date } | undefined;
  /** The next due time falls before this instant (the end of today). */
  dueBefore?: Date | undefined;
  /** Changed at or after this instant (`updated_since`, for syncing). */
  updatedSince?: Date | undefined;
  /** Snoozed past `now` (true), or not snoozed at `now` (false). */
  snoozed?: { value: boolean; now: Date } | undefined;
}

/** Whether a ticket is snoozed at `now`: its time to return lies ahead. */
const snoozedCondition = ({ value, now }: { value: boolean; now: Date }): Prisma.TicketWhereInput =>
  value ? { snoozedUntil: { gt: now } } : { OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }] };

function slaConditions(filters: TicketFilters): Prisma.TicketWhereInput[] {
  const conditions: Prisma.TicketWhereInput[] = [];
  if (filters.breached) {
    const { now, value } = filters.breached;
    // Spelled out both ways: NOT over a null due time would drop the ticket from both lists.
    conditions.push(
      value
        ? { OR: [{ NOT: { slaBreached: { isEmpty: true } } }, { slaNextDueAt: { lte: now } }] }
        : { slaBreached: { isEmpty: true }, OR: [{ slaNextDueAt: null }, { slaNextDueAt: { gt: now } }] },
    );
  }
  if (filters.dueBefore) conditions.push({ slaNextDueAt: { lt: filters.dueBefore } });
  return conditions;
}

function filterCondition(scope: TicketListScope, filters: TicketFilters): Prisma.TicketWhereInput {
  const conditions: Prisma.TicketWhereInput[] = [];
  if (scope.kind === "customer") conditions.push({ customerId: scope.customerId });
  if (scope.kind === "createdBy") conditions.push({ createdByStaffId: scope.staffId });
  if (filters.status)
    conditions.push({ status: { in: filters.status as Prisma.EnumTicketStatusFilter["in"] } });
  if (filters.category)
    conditions.push({ category: { in: filters.category as Prisma.EnumTicketCategoryFilter["in"] } });
  if (filters.priority)
    conditions.push({ priority: { in: filters.priority as Prisma.EnumTicketPriorityFilter["in"] } });
  if (filters.assigneeId !== undefined) conditions.push({ assigneeId: filters.assigneeId });
  if (filters.customerId !== undefined) conditions.push({ customerId: filters.customerId });
  if (filters.verified !== undefined) {
    conditions.push({ requesterVerifiedAt: filters.verified ? { not: null } : null });
  }
  conditions.push(...slaConditions(filters));
  if (filters.updatedSince) conditions.push({ updatedAt: { gte: filters.updatedSince } });
  if (filters.snoozed) conditions.push(snoozedCondition(filters.snoozed));
  if (filters.text) {
    const contains = { contains: filters.text, mode: "insensitive" as const };
    const number = parseTicketNumber(filters.text);
    // Each caller searches only the words it may read: a customer not internal notes, the phone
    // desk only its own messages (and never the customer record an address matched).
    const messageCondition: Prisma.TicketMessageWhereInput =
      scope.kind === "customer"
        ? { body: contains, internal: false }
        : scope.kind === "createdBy"
          ? { body: contains, authorKind: "staff", authorStaffId: scope.staffId }
          : { body: contains };
    conditions.push({
      OR: [
        ...(number !== null ? [{ number }] : []),
        { subject: contains },
        { messages: { some: messageCondition } },
        ...(scope.kind !== "queue" ? [] : [{ customer: { OR: [{ name: contains }, { email: contains }] } }]),
      ],
    });
  }
  return { AND: conditions };
}

interface PageRequest {
  after: CursorPosition | undefined;
  take: number;
  direction: "asc" | "desc";
}

const pageArgs = (scope: TicketListScope, filters: TicketFilters, page: PageRequest) => ({
  where: { AND: [filterCondition(scope, filters), afterCursor(page.after, page.direction)] },
  orderBy: [{ createdAt: page.direction }, { id: page.direction }],
  take: page.take,
});

const summaryColumns = {
  id: true,
  number: true,
  subject: true,
  status: true,
  category: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** A queue row: the summary with priority, assignee, requester, clocks and snooze. */
const staffSummaryColumns = {
  ...summaryColumns,
  priority: true,
  assignee: staffRef,
  ...requesterColumns,
  ...clockColumns,
  snoozedUntil: true,
} as const;

/** A customer's own tickets: no assignee, nothing about staff. */
export async function listCustomerTickets(
  db: Db,
  customerId: string,
  filters: TicketFilters,
  page: PageRequest,
) {
  return db.ticket.findMany({
    ...pageArgs({ kind: "customer", customerId }, filters, page),
    select: summaryColumns,
  });
}
export type CustomerTicketListRow = Awaited<ReturnType<typeof listCustomerTickets>>[number];

export async function listStaffTickets(
  db: Db,
  scope: TicketListScope,
  filters: TicketFilters,
  page: PageRequest,
) {
  return db.ticket.findMany({
    ...pageArgs(scope, filters, page),
    select: staffSummaryColumns,
  });
}
export type StaffTicketListRow = Awaited<ReturnType<typeof listStaffTickets>>[number];

/**
 * The queue by due time: next due first, tickets without a running target last. Served by the index
 * on (sla_next_due_at, id), which PostgreSQL reads in this order (ascending, nulls last).
 */
export async function listStaffTicketsByDue(
  db: Db,
  scope: TicketListScope,
  filters: TicketFilters,
  page: { after: DuePosition | undefined; take: number },
) {
  return db.ticket.findMany({
    where: { AND: [filterCondition(scope, filters), afterDueCursor(page.after)] },
    orderBy: [{ slaNextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: page.take,
    select: { ...staffSummaryColumns, slaNextDueAt: true },
  });
}

/**
 * The incremental export: every ticket in (updatedAt, id) order after the cursor, changed no later
 * than `settledBefore` (see the export service for why).
 */
export async function listTicketsForExport(
  db: Db,
  page: { after: CursorPosition | undefined; settledBefore: Date; take: number },
) {
  const after = page.after;
  return db.ticket.findMany({
    where: {
      updatedAt: { lte: page.settledBefore },
      ...(after
        ? {
            OR: [
              { updatedAt: { gt: after.createdAt } },
              { updatedAt: after.createdAt, id: { gt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: page.take,
    select: staffSummaryColumns,
  });
}

/** How many tickets match the filters (the queue's service-level counts). */
export async function countTickets(db: Db, scope: TicketListScope, filters: TicketFilters) {
  return db.ticket.count({ where: filterCondition(scope, filters) });
}

/** The phone desk's own callback requests: what it entered, nothing about the requester or staff. */
export async function listCallbackTickets(
  db: Db,
  staffId: string,
  filters: TicketFilters,
  page: PageRequest,
) {
  return db.ticket.findMany({
    ...pageArgs({ kind: "createdBy", staffId }, filters, page),
    select: { id: true, number: true, subject: true, status: true, category: true, createdAt: true },
  });
}
export type CallbackTicketListRow = Awaited<ReturnType<typeof listCallbackTickets>>[number];

/**
 * How many tickets match the filters, per status, assignee and whether they are snoozed at `now`:
 * two grouped queries from which every queue count is summed (see ticket-counts.ts). The groups are
 * few: statuses times assignees, twice.
 */
export async function countTicketsByStatusAndAssignee(
  db: Db,
  scope: TicketListScope,
  filters: TicketFilters,
  now: Date,
) {
  const tally = async (snoozed: boolean) => {
    const groups = await db.ticket.groupBy({
      by: ["status", "assigneeId"],
      where: { AND: [filterCondition(scope, filters), snoozedCondition({ value: snoozed, now })] },
      _count: { _all: true },
    });
    return groups.map((group) => ({
      status: group.status as string,
      assigneeId: group.assigneeId,
      snoozed,
      count: group._count._all,
    }));
  };
  return [...(await tally(false)), ...(await tally(true))];
}
export type TicketTally = Awaited<ReturnType<typeof countTicketsByStatusAndAssignee>>[number];
