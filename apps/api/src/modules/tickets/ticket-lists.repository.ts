// The queue and a customer's own list: filters, keyset pages and grouped counts over tickets.
// The queue and a customer's own list: filters, keyset pages and grouped counts over tickets. A page
// is found in two steps: SQL that an index serves picks the page's ids in order (see
// ticket-list-conditions.ts), then the rows are read with their relations by id.
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { CursorPosition } from "../../lib/cursor.ts";
import type { TicketListScope } from "../identity/access-policy.ts";
import type { DuePosition } from "./ticket-due-cursor.ts";
import { createdKeyset, dueKeyset, filterSql, type TicketFilters } from "./ticket-list-conditions.ts";
import { clockColumns, requesterColumns, staffRef } from "./tickets.repository.ts";

export type { TicketFilters } from "./ticket-list-conditions.ts";

interface PageRequest {
  after: CursorPosition | undefined;
  take: number;
  direction: "asc" | "desc";
}

/** The ids of one page, in the page's order. */
async function pageIds(
  db: Db,
  where: Prisma.Sql,
  keyset: { after: Prisma.Sql; order: Prisma.Sql },
  take: number,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM tickets t
    WHERE ${where} AND ${keyset.after}
    ORDER BY ${keyset.order}
    LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/** Rows read by id, put back in the order of `ids`. */
function inOrderOf<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const createdPage = (db: Db, scope: TicketListScope, filters: TicketFilters, page: PageRequest) =>
  pageIds(db, filterSql(scope, filters), createdKeyset(page.after, page.direction), page.take);

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
  const ids = await createdPage(db, { kind: "customer", customerId }, filters, page);
  return inOrderOf(ids, await db.ticket.findMany({ where: { id: { in: ids } }, select: summaryColumns }));
}
export type CustomerTicketListRow = Awaited<ReturnType<typeof listCustomerTickets>>[number];

export async function listStaffTickets(
  db: Db,
  scope: TicketListScope,
  filters: TicketFilters,
  page: PageRequest,
) {
  const ids = await createdPage(db, scope, filters, page);
  return inOrderOf(
    ids,
    await db.ticket.findMany({ where: { id: { in: ids } }, select: staffSummaryColumns }),
  );
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
  const ids = await pageIds(db, filterSql(scope, filters), dueKeyset(page.after), page.take);
  const rows = await db.ticket.findMany({
    where: { id: { in: ids } },
    select: { ...staffSummaryColumns, slaNextDueAt: true },
  });
  return inOrderOf(ids, rows);
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

/** Counts stop here: beyond it the queue says "more than", and a count costs no more. */
export const COUNT_CAP = 10_000;

/**
 * How many tickets match the filters, counted up to COUNT_CAP: the count reads at most one row past
 * the cap from the filters' index, so it stays quick at any table size. `capped`: there are more.
 */
export async function countTicketsUpTo(db: Db, scope: TicketListScope, filters: TicketFilters) {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
    FROM (SELECT 1 FROM tickets t WHERE ${filterSql(scope, filters)} LIMIT ${COUNT_CAP + 1}) matched`;
  const count = row?.count ?? 0;
  return { count: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP };
}
export type CappedCount = Awaited<ReturnType<typeof countTicketsUpTo>>;

/** The phone desk's own callback requests: what it entered, nothing about the requester or staff. */
export async function listCallbackTickets(
  db: Db,
  staffId: string,
  filters: TicketFilters,
  page: PageRequest,
) {
  const ids = await createdPage(db, { kind: "createdBy", staffId }, filters, page);
  const rows = await db.ticket.findMany({
    where: { id: { in: ids } },
    select: { id: true, number: true, subject: true, status: true, category: true, createdAt: true },
  });
  return inOrderOf(ids, rows);
}
export type CallbackTicketListRow = Awaited<ReturnType<typeof listCallbackTickets>>[number];
