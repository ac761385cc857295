// The queue's filters, keyset positions and search as SQL over `tickets t`: written out so that each
// page is a range of an index (row comparisons such as `(created_at, id) < ($1, $2)`, which the query
// builder cannot express) and search uses the full-text and trigram indexes (see the migrations
// queue_keyset_and_search and queue_search_document). Only ticket-lists.repository.ts runs these
// fragments.

import { Prisma } from "../../generated/prisma/client.ts";
import type { CursorPosition } from "../../lib/cursor.ts";
import type { TicketListScope } from "../identity/access-policy.ts";
import type { DuePosition } from "./ticket-due-cursor.ts";
import { parseTicketNumber } from "./ticket-number.ts";

type Sql = Prisma.Sql;
const { sql, join } = Prisma;

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
const snoozedSql = ({ value, now }: { value: boolean; now: Date }): Sql =>
  value
    ? sql`t.snoozed_until > ${now}::timestamptz`
    : sql`(t.snoozed_until IS NULL OR t.snoozed_until <= ${now}::timestamptz)`;

/** At most this many words of `q` are searched (each must match). */
const MAX_SEARCH_WORDS = 8;

/** A word as a quoted tsquery operand: quotes and backslashes escaped, so input is never syntax. */
const tsOperand = (word: string) => `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/**
 * A word as its Dutch stem (faq_dutch: "facturen" finds "factuur") or as the prefix of a plain word
 * (faq_plain: "factu" finds "factuur"): the same configurations as the generated search columns.
 */
function wordQuery(word: string): Sql {
  const operand = tsOperand(word);
  return sql`(to_tsquery('faq_dutch', ${operand}) || to_tsquery('faq_plain', ${`${operand}:*`}))`;
}

/**
 * `query` with its phrases as plain ANDs. A word the parser splits ("zoekwoord-xyz", an address)
 * becomes a phrase (`<->`), and `message_search` keeps no positions (it would be far larger), so
 * there a phrase could never match: its parts must then all be in the ticket's messages.
 */
const withoutPhrases = (query: Sql): Sql =>
  sql`regexp_replace((${query})::text, '<(-|[0-9]+)>', '&', 'g')::tsquery`;

/** `text` as an ILIKE substring pattern: its own `%`, `_` and `\` are matched literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The tickets `q` finds, for this caller: each word in the subject, a message the caller may read (a
 * customer not internal notes, the phone desk only its own messages), the number, or for the queue
 * the requester's name or e-mail address; every word somewhere in the ticket. Never the customer's
 * private columns: they are in no search.
 */
function textSql(scope: TicketListScope, text: string): Sql {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  return join(
    words.map((word) => wordSql(scope, word)),
    " AND ",
  );
}

function wordSql(scope: TicketListScope, text: string): Sql {
  const number = parseTicketNumber(text);
  return scope.kind === "queue" ? queueWordSql(text, number) : ownWordSql(scope, text, number);
}

/**
 * The queue's word: a condition on the ticket row alone (its subject, all its messages through
 * `message_search`, its number, its requester), so PostgreSQL can walk the queue newest first
 * until a page is full when the word is common, or read the index when it is rare. The requester's
 * ids are looked up once (an array, so the tickets' customer index can serve them too).
 */
function queueWordSql(text: string, number: number | null): Sql {
  const query = wordQuery(text);
  const pattern = containsPattern(text);
  return sql`(t.search @@ (${query}) OR t.message_search @@ (${withoutPhrases(query)})${
    number === null ? Prisma.empty : sql` OR t.number = ${number}`
  } OR t.customer_id = ANY(ARRAY(SELECT c.id FROM customers c WHERE c.name ILIKE ${pattern} OR c.email ILIKE ${pattern})))`;
}

/**
 * A customer's or the phone desk's word: their lists are short, so each of their tickets is checked
 * for a match in the subject, its number, or a message they may read (a customer not internal notes,
 * the phone desk only its own messages).
 */
function ownWordSql(
  scope: Exclude<TicketListScope, { kind: "queue" }>,
  text: string,
  number: number | null,
): Sql {
  const query = wordQuery(text);
  const messageScope =
    scope.kind === "customer"
      ? sql` AND NOT m.internal`
      : sql` AND m.author_kind = 'staff' AND m.author_staff_id = ${scope.staffId}::uuid`;
  return sql`(t.search @@ (${query})${number === null ? Prisma.empty : sql` OR t.number = ${number}`}
    OR EXISTS (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = t.id AND m.search @@ (${query})${messageScope}))`;
}

function slaSql(filters: TicketFilters): Sql[] {
  const conditions: Sql[] = [];
  if (filters.breached) {
    const { now, value } = filters.breached;
    // Spelled out both ways: NOT over a null due time would drop the ticket from both lists.
    conditions.push(
      value
        ? sql`(cardinality(t.sla_breached) > 0 OR t.sla_next_due_at <= ${now}::timestamptz)`
        : sql`(cardinality(t.sla_breached) = 0 AND (t.sla_next_due_at IS NULL OR t.sla_next_due_at > ${now}::timestamptz))`,
    );
  }
  if (filters.dueBefore) conditions.push(sql`t.sla_next_due_at < ${filters.dueBefore}::timestamptz`);
  return conditions;
}

/**
 * The column is one of `values`. One value is written as an equality: then an index that starts
 * with the column (say priority, created_at) gives its rows in the page's order, where `= ANY` of
 * one value would still be sorted.
 */
function oneOfSql(
  column: "status" | "category" | "priority",
  type: "TicketStatus" | "TicketCategory" | "TicketPriority",
  values: string[],
): Sql {
  const [only] = values;
  return values.length === 1 && only !== undefined
    ? sql`t.${Prisma.raw(column)} = ${only}::${Prisma.raw(`"${type}"`)}`
    : sql`t.${Prisma.raw(column)} = ANY(${values}::${Prisma.raw(`"${type}"[]`)})`;
}

/** The scope's and the filters' conditions, ANDed (`TRUE` when there are none). */
export function filterSql(scope: TicketListScope, filters: TicketFilters): Sql {
  const conditions: Sql[] = [];
  if (scope.kind === "customer") conditions.push(sql`t.customer_id = ${scope.customerId}::uuid`);
  if (scope.kind === "createdBy") conditions.push(sql`t.created_by_staff_id = ${scope.staffId}::uuid`);
  if (filters.status) conditions.push(oneOfSql("status", "TicketStatus", filters.status));
  if (filters.category) conditions.push(oneOfSql("category", "TicketCategory", filters.category));
  if (filters.priority) conditions.push(oneOfSql("priority", "TicketPriority", filters.priority));
  if (filters.assigneeId === null) conditions.push(sql`t.assignee_id IS NULL`);
  else if (filters.assigneeId !== undefined)
    conditions.push(sql`t.assignee_id = ${filters.assigneeId}::uuid`);
  if (filters.customerId !== undefined) conditions.push(sql`t.customer_id = ${filters.customerId}::uuid`);
  if (filters.verified !== undefined) {
    conditions.push(
      filters.verified ? sql`t.requester_verified_at IS NOT NULL` : sql`t.requester_verified_at IS NULL`,
    );
  }
  conditions.push(...slaSql(filters));
  if (filters.updatedSince) conditions.push(sql`t.updated_at >= ${filters.updatedSince}::timestamptz`);
  if (filters.snoozed) conditions.push(snoozedSql(filters.snoozed));
  if (filters.text) conditions.push(textSql(scope, filters.text));
  return conditions.length === 0 ? sql`TRUE` : join(conditions, " AND ");
}

/** Newest or oldest first: after the cursor by a row comparison, in the order of (created_at, id). */
export function createdKeyset(after: CursorPosition | undefined, direction: "asc" | "desc") {
  const beyond = direction === "asc" ? sql`>` : sql`<`;
  return {
    after: after
      ? sql`(t.created_at, t.id) ${beyond} (${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : sql`TRUE`,
    order: direction === "asc" ? sql`t.created_at ASC, t.id ASC` : sql`t.created_at DESC, t.id DESC`,
  };
}

/** By due time: next due first, tickets without a running target last (then by id). */
export function dueKeyset(after: DuePosition | undefined) {
  const condition = !after
    ? sql`TRUE`
    : after.slaNextDueAt === null
      ? sql`(t.sla_next_due_at IS NULL AND t.id > ${after.id}::uuid)`
      : sql`((t.sla_next_due_at, t.id) > (${after.slaNextDueAt}::timestamptz, ${after.id}::uuid) OR t.sla_next_due_at IS NULL)`;
  return { after: condition, order: sql`t.sla_next_due_at ASC NULLS LAST, t.id ASC` };
}
