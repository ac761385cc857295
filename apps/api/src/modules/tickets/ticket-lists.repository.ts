// The queue and a customer's own list: filters, keyset pages and grouped counts over tickets.
// The queue and a customer's own list: filters, keyset pages and grouped counts over tickets. A page
// is found in two steps: SQL that an index serves picks the page's ids in order (see
// ticket-list-conditions.ts), then the rows are read with their relations by id.
import type { DbClient as Db } from "../../db/prisma.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { CursorPosition } from "../../lib/cursor.ts";
import type { TicketListScope } from "../identity/access-policy.ts";
import type { DuePosition } from "./ticket-due-cursor.ts";
import { createdKeyset, dueKeyset, filterSql, type TicketFilters } from "./ticket-list-conditions.ts";
import { clockColumns, requesterColumns, staffRef } from "./tickets.repository.ts";

export type { TicketFilters } from "./ticket-list-conditions.ts";

const { sql, join } = Prisma;

interface PageRequest {
  after: CursorPosition | undefined;
  take: number;
  direction: "asc" | "desc";
}

type Keyset = { after: Prisma.Sql; order: Prisma.Sql };

/** How many tickets, in the page's order, a search looks at before it reads its index instead. */
const SEARCH_WALK = 4_000;

/**
 * The ids of one page, in the page's order. A search's page is found one of two ways, each cheap
 * where the other is not. First the next SEARCH_WALK tickets in the page's order are checked
 * against the words: a common word ("betaling" is in a fifth of all tickets) fills the page within
 * a few hundred. A word that did not fill it is rare, and is then read from the search indexes and
 * sorted: few matches. PostgreSQL cannot tell the two apart by itself (its statistics do not know
 * how common a prefix is), so each query fixes its plan: the walk by its LIMIT before the match,
 * the index read by OFFSET 0, which plans the matches as a whole rather than as the first rows of
 * an ordered scan.
 */
async function pageIds(
  db: Db,
  scope: TicketListScope,
  filters: TicketFilters,
  keyset: Keyset,
  take: number,
): Promise<string[]> {
  const idsOf = async (query: Prisma.Sql) =>
    (await db.$queryRaw<{ id: string }[]>(query)).map((row) => row.id);
  if (!filters.text) {
    return idsOf(sql`
      SELECT t.id FROM tickets t
      WHERE ${filterSql(scope, filters)} AND ${keyset.after}
      ORDER BY ${keyset.order}
      LIMIT ${take}`);
  }
  const walked = await idsOf(searchWalkSql(scope, filters, keyset, take));
  return walked.length === take ? walked : idsOf(searchIndexSql(scope, filters, keyset, take));
}

/** The search's conditions apart: the words, and every other filter. */
const searchParts = (scope: TicketListScope, filters: TicketFilters) => ({
  others: filterSql(scope, { ...filters, text: undefined }),
  match: filterSql(scope, { text: filters.text }),
});

/** A search's first try: the next SEARCH_WALK tickets in order, those that match. */
export function searchWalkSql(scope: TicketListScope, filters: TicketFilters, keyset: Keyset, take: number) {
  const { others, match } = searchParts(scope, filters);
  return sql`
    SELECT t.id FROM (
      SELECT t.id, t.created_at, t.sla_next_due_at, ${match} AS hit FROM tickets t
      WHERE ${others} AND ${keyset.after}
      ORDER BY ${keyset.order}
      LIMIT ${SEARCH_WALK}) t
    WHERE t.hit
    ORDER BY ${keyset.order}
    LIMIT ${take}`;
}

/** A search's second try: every match from the search indexes, sorted. */
export function searchIndexSql(scope: TicketListScope, filters: TicketFilters, keyset: Keyset, take: number) {
  const { others, match } = searchParts(scope, filters);
  return sql`
    SELECT t.id FROM (
      SELECT t.id, t.created_at, t.sla_next_due_at FROM tickets t
      WHERE ${others} AND ${match} AND ${keyset.after}
      OFFSET 0) t
    ORDER BY ${keyset.order}
    LIMIT ${take}`;
}

/** Rows read by id, put back in the order of `ids`. */
function inOrderOf<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const createdPage = (db: Db, scope: TicketListScope, filters: TicketFilters, page: PageRequest) =>
  pageIds(db, scope, filters, createdKeyset(page.after, page.direction), page.take);

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
  const ids = await pageIds(db, scope, filters, dueKeyset(page.after), page.take);
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

/** One row, `counts`: for each set of filters how many tickets match, up to COUNT_CAP + 1. */
export const cappedCountsSql = (scope: TicketListScope, filtersList: TicketFilters[]): Prisma.Sql =>
  sql`SELECT ARRAY[${join(
    filtersList.map(
      (filters) => sql`(SELECT count(*)::int FROM
        (SELECT 1 FROM tickets t WHERE ${filterSql(scope, filters)} LIMIT ${COUNT_CAP + 1}) matched)`,
    ),
  )}]::int[] AS counts`;

/**
 * How many tickets match each set of filters, counted up to COUNT_CAP, in one statement (one round
 * trip for all of the queue's counts): each count reads at most one row past the cap from its
 * filters' index, without visiting the table (the indexes of the migration queue_open_tickets hold
 * every column a view filters by), so it stays quick at any table size. `capped`: there are more.
 */
export async function countTicketsUpTo<K extends string>(
  db: Db,
  scope: TicketListScope,
  named: readonly (readonly [K, TicketFilters])[],
): Promise<Record<K, CappedCount>> {
  const [row] = await db.$queryRaw<{ counts: number[] }[]>(
    cappedCountsSql(
      scope,
      named.map(([, filters]) => filters),
    ),
  );
  const capped = (count: number) => ({ count: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP });
  return Object.fromEntries(named.map(([name], i) => [name, capped(row?.counts[i] ?? 0)])) as Record<
    K,
    CappedCount
  >;
}
export interface CappedCount {
  count: number;
  capped: boolean;
}

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
