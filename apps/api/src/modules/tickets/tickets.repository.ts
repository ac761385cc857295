// The only code that queries tickets, their messages, attachments, events and idempotency records.
// Customer-facing reads select no staff identity at all: anonymity is a property of the query.

import type { Database } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";
import { type TicketListScope, ticketWorkerRoles } from "../identity/access-policy.ts";

/** A client or an open transaction: every write of one request shares one transaction. */
export type Db = Database | Prisma.TransactionClient;

const attachmentColumns = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  createdAt: true,
} as const;

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
    },
  });
}
export type TicketAccessFacts = NonNullable<Awaited<ReturnType<typeof findTicketAccessFacts>>>;

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
} as const;

/** The ticket as its customer may see it: public messages, authors only as customer or staff. */
export async function findCustomerTicket(db: Db, id: string) {
  return db.ticket.findUnique({
    where: { id },
    select: {
      ...ticketCoreColumns,
      customer: { select: { name: true } },
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

const staffRef = { select: { id: true, name: true } } as const;
const requesterColumns = {
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
      priority: true,
      channel: true,
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

export interface TicketFilters {
  status?: string[] | undefined;
  category?: string[] | undefined;
  priority?: string[] | undefined;
  assigneeId?: string | null | undefined;
  verified?: boolean | undefined;
  text?: string | undefined;
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
  if (filters.verified !== undefined) {
    conditions.push({ requesterVerifiedAt: filters.verified ? { not: null } : null });
  }
  if (filters.text) {
    const contains = { contains: filters.text, mode: "insensitive" as const };
    const number = /^#?(\d{6})$/.exec(filters.text)?.[1];
    const messageCondition: Prisma.TicketMessageWhereInput =
      scope.kind === "customer" ? { body: contains, internal: false } : { body: contains };
    conditions.push({
      OR: [
        ...(number ? [{ number: Number(number) }] : []),
        { subject: contains },
        { messages: { some: messageCondition } },
        ...(scope.kind === "customer"
          ? []
          : [{ customer: { OR: [{ name: contains }, { email: contains }] } }]),
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
    select: { ...summaryColumns, priority: true, assignee: staffRef, ...requesterColumns },
  });
}
export type StaffTicketListRow = Awaited<ReturnType<typeof listStaffTickets>>[number];

/**
 * How many tickets match the filters, per status and assignee: one grouped query from which every
 * queue count is summed (see ticket-counts.ts). The groups are few: statuses times assignees.
 */
export async function countTicketsByStatusAndAssignee(
  db: Db,
  scope: TicketListScope,
  filters: TicketFilters,
) {
  const groups = await db.ticket.groupBy({
    by: ["status", "assigneeId"],
    where: filterCondition(scope, filters),
    _count: { _all: true },
  });
  return groups.map((group) => ({
    status: group.status as string,
    assigneeId: group.assigneeId,
    count: group._count._all,
  }));
}
export type TicketTally = Awaited<ReturnType<typeof countTicketsByStatusAndAssignee>>[number];

export async function listTicketEvents(db: Db, ticketId: string) {
  return db.ticketEvent.findMany({
    where: { ticketId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      actorKind: true,
      actorStaff: staffRef,
      actorCustomer: staffRef,
      before: true,
      after: true,
      createdAt: true,
    },
  });
}
export type TicketEventRow = Awaited<ReturnType<typeof listTicketEvents>>[number];

export async function findWorkingStaffMember(db: Db, id: string) {
  return db.staffMember.findFirst({
    where: { id, role: { in: [...ticketWorkerRoles] } },
    select: { id: true, name: true },
  });
}

export async function numberInUse(db: Db, number: number): Promise<boolean> {
  return (await db.ticket.count({ where: { number } })) > 0;
}

/** Claims an idempotency key; false when someone (maybe a concurrent retry) already holds it. */
export async function claimIdempotencyKey(
  db: Db,
  scope: string,
  key: string,
  requestHash: string,
): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "idempotency_records" ("scope", "key", "request_hash")
    VALUES (${scope}, ${key}, ${requestHash})
    ON CONFLICT ("scope", "key") DO NOTHING`;
  return inserted === 1;
}

export async function findIdempotencyRecord(db: Db, scope: string, key: string) {
  return db.idempotencyRecord.findUnique({
    where: { scope_key: { scope, key } },
    select: { requestHash: true, ticketId: true },
  });
}

export async function countAttachments(db: Db, ticketId: string): Promise<number> {
  return db.attachment.count({ where: { ticketId } });
}

export async function findMessageOfTicket(db: Db, ticketId: string, messageId: string) {
  return db.ticketMessage.findFirst({
    where: { id: messageId, ticketId },
    select: { id: true, internal: true },
  });
}

export async function findAttachmentOfTicket(db: Db, ticketId: string, attachmentId: string) {
  return db.attachment.findFirst({
    where: { id: attachmentId, ticketId },
    select: { fileName: true, contentType: true, storageKey: true, message: { select: { internal: true } } },
  });
}
