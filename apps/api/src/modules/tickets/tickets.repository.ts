// The only code that queries the tickets table (its reads join messages and attachments for a
// ticket's page). Customer-facing reads select no staff identity at all: anonymity is a property of
// the query. Lists and counts are in ticket-lists.repository.ts.
import { randomUUID } from "node:crypto";
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Language, Prisma, ServiceLevel, TicketCategory } from "../../generated/prisma/client.ts";

export const attachmentColumns = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  createdAt: true,
} as const;

/** Holds the ticket's row until the transaction ends: writes that check its state queue up here. */
export async function lockTicket(db: Db, id: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM tickets WHERE id = ${id}::uuid FOR UPDATE`;
}

export async function findTicketAccessFacts(db: Db, id: string) {
  return db.ticket.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      category: true,
      customerId: true,
      createdByStaffId: true,
      subject: true,
      mergedIntoTicketId: true,
    },
  });
}
export type TicketAccessFacts = NonNullable<Awaited<ReturnType<typeof findTicketAccessFacts>>>;

/** The stored service-level clock (see ticket-sla.ts). */
export const clockColumns = {
  slaLevel: true,
  slaTargets: true,
  firstResponseDueAt: true,
  nextResponseDueAt: true,
  resolutionDueAt: true,
  firstRespondedAt: true,
  slaWarnings: true,
  slaPausedAt: true,
  slaPausedMinutes: true,
  slaBreached: true,
} as const;

const ticketCoreColumns = {
  id: true,
  number: true,
  subject: true,
  status: true,
  category: true,
  details: true,
  createdAt: true,
  updatedAt: true,
  followUpOf: { select: { id: true, number: true } },
  mergedInto: { select: { id: true, number: true } },
} as const;

/** The ticket as its customer may see it: public messages, authors only as customer or staff. */
export async function findCustomerTicket(db: Db, id: string) {
  return db.ticket.findUnique({
    where: { id },
    select: {
      ...ticketCoreColumns,
      customer: { select: { name: true } },
      // The promise only: level, whether it is guaranteed (in the targets), and the response dues.
      slaLevel: true,
      slaTargets: true,
      firstResponseDueAt: true,
      nextResponseDueAt: true,
      slaPausedAt: true,
      attachments: { where: { messageId: null }, select: attachmentColumns, orderBy: { createdAt: "asc" } },
      messages: {
        where: { internal: false },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          authorKind: true,
          authorCustomer: { select: { name: true } },
          body: true,
          createdAt: true,
          attachments: { select: attachmentColumns, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
}
export type CustomerTicketRow = NonNullable<Awaited<ReturnType<typeof findCustomerTicket>>>;

/**
 * A callback request as the phone desk that filed it may see it: what it entered and the status.
 * Messages: the first (typed in by the desk, even when it is filed as the caller's words) and the
 * desk's own later ones; files: only those the desk uploaded. No customer, no other author.
 */
export async function findCallbackTicket(db: Db, id: string, staffId: string) {
  const ticket = await db.ticket.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      category: true,
      details: true,
      createdAt: true,
      createdByStaffId: true,
    },
  });
  if (!ticket || ticket.createdByStaffId !== staffId) return null;
  const ownFiles = {
    where: { uploadedByStaffId: staffId },
    select: attachmentColumns,
    orderBy: { createdAt: "asc" },
  } as const;
  const messageColumns = { id: true, body: true, createdAt: true, attachments: ownFiles } as const;
  const first = await db.ticketMessage.findFirst({
    where: { ticketId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: messageColumns,
  });
  const own = await db.ticketMessage.findMany({
    where: {
      ticketId: id,
      authorKind: "staff",
      authorStaffId: staffId,
      ...(first ? { id: { not: first.id } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: messageColumns,
  });
  const attachments = await db.attachment.findMany({
    where: { ticketId: id, messageId: null, uploadedByStaffId: staffId },
    select: attachmentColumns,
    orderBy: { createdAt: "asc" },
  });
  return { ...ticket, attachments, messages: first ? [first, ...own] : own };
}
export type CallbackTicketRow = NonNullable<Awaited<ReturnType<typeof findCallbackTicket>>>;

export const staffRef = { select: { id: true, name: true } } as const;
export const requesterColumns = {
  customer: { select: { id: true, name: true, email: true } },
  requesterVerifiedAt: true,
  details: true,
} as const;

export async function findStaffTicket(db: Db, id: string) {
  return db.ticket.findUnique({
    where: { id },
    select: {
      ...ticketCoreColumns,
      ...requesterColumns,
      ...clockColumns,
      snoozedUntil: true,
      priority: true,
      channel: true,
      serviceId: true,
      assignee: staffRef,
      createdByStaff: staffRef,
      attachments: { where: { messageId: null }, select: attachmentColumns, orderBy: { createdAt: "asc" } },
      messages: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          authorKind: true,
          authorStaff: staffRef,
          authorCustomer: staffRef,
          body: true,
          internal: true,
          createdAt: true,
          attachments: { select: attachmentColumns, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
}
export type StaffTicketRow = NonNullable<Awaited<ReturnType<typeof findStaffTicket>>>;

/** The next value of the ticket number sequence (0, 1, 2, ...; gaps where a write rolled back). */
export async function nextTicketNumberIndex(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ index: number }[]>`SELECT nextval('ticket_number_seq')::int AS index`;
  if (!row) throw new Error("the ticket number sequence gave no value");
  return row.index;
}

export interface NewTicket extends SlaColumns {
  number: number;
  priority?: Prisma.TicketUncheckedCreateInput["priority"];
  subject: string;
  category: Prisma.TicketUncheckedCreateInput["category"];
  channel: Prisma.TicketUncheckedCreateInput["channel"];
  details?: Prisma.InputJsonValue;
  customerId: string | null;
  requesterVerifiedAt: Date | null;
  serviceId?: string | null;
  createdByStaffId?: string | null;
  followUpOfId?: string | null;
}

const jsonOrNull = (value: Prisma.InputJsonValue | null | undefined) =>
  value === undefined || value === null ? null : JSON.stringify(value);

/**
 * A ticket, with its first message when one is given (a follow-up starts with the reply), in one
 * statement that returns what it wrote. Raw SQL on purpose: on the hot path of filing, Prisma's
 * client spent more CPU on the two creates than PostgreSQL did (issue 20), and a nested create read
 * the ticket and its messages back afterwards. Ids are made here, as Prisma's `uuid()` default did.
 */
export async function insertTicket(
  db: Db,
  ticket: NewTicket,
  firstMessage?: {
    body: string;
    authorKind: "customer" | "staff";
    authorCustomerId: string | null;
    authorStaffId: string | null;
  },
) {
  const ticketId = randomUUID();
  const messageId = firstMessage ? randomUUID() : null;
  const rows = await db.$queryRaw<
    { id: string; number: number; status: TicketState["status"]; category: NewTicket["category"] }[]
  >`
    WITH ticket AS (
      INSERT INTO tickets (
        id, number, priority, subject, category, channel, details, customer_id, requester_verified_at,
        service_id, created_by_staff_id, follow_up_of_id, updated_at,
        sla_level, sla_targets, first_response_due_at, next_response_due_at, resolution_due_at,
        first_responded_at, sla_warnings, sla_paused_at, sla_paused_minutes, sla_breached,
        sla_next_due_at, sla_warn_at, sla_escalate_at
      ) VALUES (
        ${ticketId}::uuid, ${ticket.number}, COALESCE(${ticket.priority ?? null}, 'normal')::"TicketPriority",
        ${ticket.subject}, ${ticket.category}::"TicketCategory", ${ticket.channel}::"TicketChannel",
        COALESCE(${jsonOrNull(ticket.details)}::jsonb, '{}'::jsonb), ${ticket.customerId}::uuid,
        ${ticket.requesterVerifiedAt}::timestamptz, ${ticket.serviceId ?? null}::uuid,
        ${ticket.createdByStaffId ?? null}::uuid, ${ticket.followUpOfId ?? null}::uuid, now(),
        ${ticket.slaLevel ?? null}::"ServiceLevel", ${jsonOrNull(ticket.slaTargets as Prisma.InputJsonValue | undefined)}::jsonb,
        ${ticket.firstResponseDueAt ?? null}::timestamptz, ${ticket.nextResponseDueAt ?? null}::timestamptz,
        ${ticket.resolutionDueAt ?? null}::timestamptz, ${ticket.firstRespondedAt ?? null}::timestamptz,
        ${jsonOrNull(ticket.slaWarnings as Prisma.InputJsonValue | undefined)}::jsonb,
        ${ticket.slaPausedAt ?? null}::timestamptz, COALESCE(${ticket.slaPausedMinutes ?? null}::int, 0),
        COALESCE(${slaBreachedOf(ticket)}::text[], ARRAY[]::text[]),
        ${ticket.slaNextDueAt ?? null}::timestamptz, ${ticket.slaWarnAt ?? null}::timestamptz,
        ${ticket.slaEscalateAt ?? null}::timestamptz
      )
      RETURNING id, number, status, category
    ), message AS (
      INSERT INTO ticket_messages (id, ticket_id, author_kind, author_customer_id, author_staff_id, body)
      SELECT ${messageId}::uuid, ticket.id, ${firstMessage?.authorKind ?? null}::"ParticipantKind",
        ${firstMessage?.authorCustomerId ?? null}::uuid, ${firstMessage?.authorStaffId ?? null}::uuid,
        ${firstMessage?.body ?? null}
      FROM ticket WHERE ${messageId}::uuid IS NOT NULL
    )
    SELECT id::text, number, status::text, category::text FROM ticket`;
  const created = rows[0];
  if (!created) throw new Error("the ticket insert returned no row");
  return { ...created, firstMessageId: messageId };
}

/** The breached targets as a text array (Prisma's list input may also be `{ set: [...] }`). */
function slaBreachedOf(ticket: NewTicket): string[] | null {
  const value = ticket.slaBreached;
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? [...value] : [...value.set];
}

export async function findTicketSummary(db: Db, id: string) {
  return db.ticket.findUniqueOrThrow({
    where: { id },
    select: { id: true, number: true, status: true, category: true },
  });
}

/** What a change compares against: the fields staff may change, as they are now. */
export async function findTicketState(db: Db, id: string) {
  return db.ticket.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      priority: true,
      category: true,
      serviceId: true,
      assignee: staffRef,
      updatedAt: true,
    },
  });
}
export type TicketState = Awaited<ReturnType<typeof findTicketState>>;

export async function updateTicket(
  db: Db,
  id: string,
  change: {
    status?: TicketState["status"];
    priority?: TicketState["priority"];
    category?: TicketState["category"];
    assigneeId?: string | null;
    serviceId?: string | null;
  },
): Promise<void> {
  await db.ticket.update({ where: { id }, data: change });
}

/** Marks the ticket as changed now (a new file the customer sees; never an internal note). */
export async function touchTicket(db: Db, id: string): Promise<void> {
  await db.ticket.update({ where: { id }, data: { updatedAt: new Date() } });
}

/** Everything a customer e-mail about the ticket says; the assignee only as an address to notify. */
/** What a ticket e-mail is made of: the ticket, its requester, its first message and its promise. */
export interface NotificationFacts {
  id: string;
  number: number;
  subject: string;
  category: TicketCategory;
  details: Prisma.JsonValue;
  requesterVerifiedAt: Date | null;
  createdAt: Date;
  // The promise of the confirmation: level, targets, the first-response due time.
  slaLevel: ServiceLevel | null;
  slaTargets: Prisma.JsonValue | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  slaPausedAt: Date | null;
  customer: { id: string; name: string; email: string; language: Language } | null;
  assignee: { email: string } | null;
  /** The first message only, with its files' names. */
  messages: { body: string; attachments: { fileName: string }[] }[];
}

/**
 * The facts of a ticket e-mail in one statement (the outbox composes every e-mail from them; as
 * nested reads they took five round trips).
 */
export async function findNotificationFacts(db: Db, id: string): Promise<NotificationFacts | null> {
  const [facts] = await db.$queryRaw<NotificationFacts[]>`
    SELECT t.id, t.number, t.subject, t.category::text AS category, t.details,
           t.requester_verified_at AS "requesterVerifiedAt", t.created_at AS "createdAt",
           t.sla_level::text AS "slaLevel", t.sla_targets AS "slaTargets",
           t.first_response_due_at AS "firstResponseDueAt", t.next_response_due_at AS "nextResponseDueAt",
           t.sla_paused_at AS "slaPausedAt",
           CASE WHEN c.id IS NOT NULL
                THEN json_build_object('id', c.id, 'name', c.name, 'email', c.email, 'language', c.language)
           END AS customer,
           CASE WHEN s.id IS NOT NULL THEN json_build_object('email', s.email) END AS assignee,
           (SELECT coalesce(json_agg(json_build_object(
                     'body', m.body,
                     'attachments', (SELECT coalesce(json_agg(json_build_object('fileName', a.file_name)
                                                               ORDER BY a.created_at), '[]')
                                     FROM attachments a WHERE a.message_id = m.id))), '[]')
            FROM (SELECT id, body FROM ticket_messages
                  WHERE ticket_id = t.id ORDER BY created_at, id LIMIT 1) m) AS messages
    FROM tickets t
    LEFT JOIN customers c ON c.id = t.customer_id
    LEFT JOIN staff_members s ON s.id = t.assignee_id
    WHERE t.id = ${id}::uuid`;
  return facts ?? null;
}

/** A customer's tickets whose requester nobody proved yet, filed from `since` on, oldest first. */
export async function findUnprovenTicketsOf(db: Db, customerId: string, since: Date) {
  return db.ticket.findMany({
    where: { customerId, requesterVerifiedAt: null, createdAt: { gte: since } },
    select: { id: true, number: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
  });
}

const requesterSelect = { customer: { select: { id: true, email: true, name: true } } } as const;

export async function findRequesterByNumber(db: Db, number: number) {
  return db.ticket.findUnique({ where: { number }, select: { id: true, ...requesterSelect } });
}

export async function findRequester(db: Db, id: string) {
  return db.ticket.findUnique({ where: { id }, select: { id: true, ...requesterSelect } });
}

/** The ticket's requester proved the address for this ticket (its own link, or their choice). */
export async function markTicketRequesterVerified(
  db: Db,
  ticketId: string,
  customerId: string,
  now: Date,
): Promise<void> {
  await db.ticket.updateMany({
    where: { id: ticketId, customerId, requesterVerifiedAt: null },
    data: { requesterVerifiedAt: now },
  });
}

/** A ticket's service-level columns, and what decides its level and targets. */
export const slaColumns = {
  status: true,
  priority: true,
  customerId: true,
  serviceId: true,
  ...clockColumns,
} as const;

export async function findSlaFacts(db: Db, id: string) {
  return db.ticket.findUniqueOrThrow({ where: { id }, select: slaColumns });
}
export type SlaFactsRow = Awaited<ReturnType<typeof findSlaFacts>>;

export type SlaColumns = Pick<
  Prisma.TicketUncheckedCreateInput,
  | "slaLevel"
  | "slaTargets"
  | "firstResponseDueAt"
  | "nextResponseDueAt"
  | "resolutionDueAt"
  | "firstRespondedAt"
  | "slaWarnings"
  | "slaPausedAt"
  | "slaPausedMinutes"
  | "slaBreached"
  | "slaNextDueAt"
  | "slaWarnAt"
  | "slaEscalateAt"
>;

/**
 * Writes the clocks (and an escalated priority) without touching `updatedAt`: nothing a customer
 * sees changed.
 */
export async function updateSla(
  db: Db,
  id: string,
  columns: SlaColumns & { priority?: TicketState["priority"] },
): Promise<void> {
  const { updatedAt } = await db.ticket.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
  await db.ticket.update({ where: { id }, data: { ...columns, updatedAt } });
}

/** The tickets still to be worked that are assigned to this staff member (locked for the change). */
export async function lockOpenTicketsAssignedTo(db: Db, staffId: string, statuses: readonly string[]) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM tickets
    WHERE assignee_id = ${staffId}::uuid AND status::text = ANY(${[...statuses]})
    ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
