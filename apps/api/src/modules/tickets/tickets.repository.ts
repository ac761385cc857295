// The only code that queries the tickets table (its reads join messages and attachments for a
// ticket's page). Customer-facing reads select no staff identity at all: anonymity is a property of
// the query. Lists and counts are in ticket-lists.repository.ts.
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

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

/** A ticket, with its first message when one is given (a follow-up starts with the reply). */
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
  // Two single inserts (each returns what it wrote): a nested create read the ticket and its
  // messages back afterwards, two more round trips for every new ticket.
  const created = await db.ticket.create({
    data: ticket,
    select: { id: true, number: true, status: true, category: true },
  });
  const message = firstMessage
    ? await db.ticketMessage.create({ data: { ...firstMessage, ticketId: created.id }, select: { id: true } })
    : null;
  return { ...created, firstMessageId: message?.id ?? null };
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
export async function findNotificationFacts(db: Db, id: string) {
  return db.ticket.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      subject: true,
      category: true,
      details: true,
      requesterVerifiedAt: true,
      createdAt: true,
      // The promise of the confirmation: level, targets, the first-response due time.
      slaLevel: true,
      slaTargets: true,
      firstResponseDueAt: true,
      nextResponseDueAt: true,
      slaPausedAt: true,
      customer: { select: { id: true, name: true, email: true, language: true } },
      assignee: { select: { email: true } },
      messages: {
        take: 1,
        orderBy: { createdAt: "asc" },
        select: { body: true, attachments: { select: { fileName: true }, orderBy: { createdAt: "asc" } } },
      },
    },
  });
}
export type NotificationFacts = NonNullable<Awaited<ReturnType<typeof findNotificationFacts>>>;

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
