// The only code that queries customers and their services. Which columns are selected depends on what the caller
// may see: private columns are not loaded at all for a support view.
import type { DbClient } from "../../db/prisma.ts";
import { changedSince } from "../../lib/changed-since.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";

const serviceColumns = {
  select: { id: true, kind: true, name: true, serviceLevel: true, billingPeriod: true },
  orderBy: { createdAt: "asc" },
} as const;

/** Contact and technical data: what support agents may see. */
const supportColumns = {
  id: true,
  email: true,
  name: true,
  phone: true,
  language: true,
  emailVerifiedAt: true,
  createdAt: true,
  services: serviceColumns,
} as const;

/** Everything, including the private columns (address, bank account, date of birth). */
const fullColumns = { ...supportColumns, postalAddress: true, iban: true, dateOfBirth: true } as const;

export async function findCustomerSupportView(db: DbClient, id: string) {
  return db.customer.findUnique({ where: { id }, select: supportColumns });
}

export async function findCustomerFullView(db: DbClient, id: string) {
  return db.customer.findUnique({ where: { id }, select: fullColumns });
}

/** What a customer list is narrowed to: words to look for, and a change time for syncing. */
export interface CustomerSearch {
  text?: string | undefined;
  updatedSince?: string | undefined;
}

function searchCondition(search: CustomerSearch, after: CursorPosition | undefined) {
  const contains = { contains: search.text ?? "", mode: "insensitive" as const };
  const matches = {
    OR: [
      { name: contains },
      { email: contains },
      { phone: contains },
      { services: { some: { name: contains } } },
    ],
  };
  return {
    AND: [search.text === undefined ? {} : matches, changedSince(search.updatedSince), afterCursor(after)],
  };
}

const searchOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export async function searchCustomersSupportView(
  db: DbClient,
  search: CustomerSearch,
  after: CursorPosition | undefined,
  take: number,
) {
  return db.customer.findMany({
    where: searchCondition(search, after),
    orderBy: searchOrder,
    take,
    select: supportColumns,
  });
}

export async function searchCustomersFullView(
  db: DbClient,
  search: CustomerSearch,
  after: CursorPosition | undefined,
  take: number,
) {
  return db.customer.findMany({
    where: searchCondition(search, after),
    orderBy: searchOrder,
    take,
    select: fullColumns,
  });
}

export type CustomerSupportRow = NonNullable<Awaited<ReturnType<typeof findCustomerSupportView>>>;
export type CustomerFullRow = NonNullable<Awaited<ReturnType<typeof findCustomerFullView>>>;

const contactColumns = { id: true, name: true, email: true, language: true } as const;

export async function findCustomerCredentialsByEmail(db: DbClient, email: string) {
  return db.customer.findUnique({
    where: { email },
    select: { ...contactColumns, passwordHash: true },
  });
}

export async function findCustomerContact(db: DbClient, id: string) {
  return db.customer.findUnique({ where: { id }, select: contactColumns });
}
export type CustomerContact = NonNullable<Awaited<ReturnType<typeof findCustomerContact>>>;

/**
 * The customer with this address, made when there is none. Concurrent callers get the same one:
 * Prisma's upsert reads, then inserts, and the loser of that race fails on the unique address.
 * `ON CONFLICT DO NOTHING` waits for a concurrent insert of the same address to commit and then
 * does nothing, after which the row is there to read (run it in the ticket's transaction, at the
 * default READ COMMITTED, where each statement sees what committed before it).
 */
export async function findOrCreateCustomerByEmail(db: DbClient, email: string, name: string) {
  await db.$executeRaw`
    INSERT INTO customers (id, email, name, updated_at)
    VALUES (gen_random_uuid(), ${email}, ${name}, now())
    ON CONFLICT (email) DO NOTHING`;
  const customer = await db.customer.findUnique({ where: { email }, select: contactColumns });
  if (!customer) throw new Error(`customer ${email} neither inserted nor found`);
  return customer;
}

export async function setCustomerPasswordHash(db: DbClient, id: string, passwordHash: string) {
  await db.customer.update({ where: { id }, data: { passwordHash } });
}

export async function markCustomerEmailVerified(db: DbClient, id: string, now: Date): Promise<void> {
  await db.customer.updateMany({ where: { id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
}

export async function customerHasService(db: DbClient, customerId: string, serviceId: string) {
  return (await db.customerService.count({ where: { id: serviceId, customerId } })) > 0;
}

/**
 * Erasure: the customer's personal fields cleared (the row stays, so tickets kept for the record
 * still point somewhere), their services deleted. Returns what was there, for scrubbing the text
 * that mentions it, or null for an unknown customer.
 */
export async function eraseCustomerRecord(db: DbClient, id: string) {
  const personal = await db.customer.findUnique({
    where: { id },
    select: { name: true, email: true, phone: true, postalAddress: true, iban: true, dateOfBirth: true },
  });
  if (!personal) return null;
  const services = await db.customerService.deleteMany({ where: { customerId: id } });
  // The audit trail's reasons are free text about the customer: they go with the rest.
  await db.customerEvent.deleteMany({ where: { customerId: id } });
  await db.customer.update({
    where: { id },
    data: {
      email: `erased-${id}@erased.invalid`,
      name: "Verwijderde klant",
      phone: null,
      postalAddress: null,
      iban: null,
      dateOfBirth: null,
      passwordHash: null,
      emailVerifiedAt: null,
    },
  });
  return { personal, servicesDeleted: services.count };
}

/**
 * Of these requesters, the guests and former customers (no service with the provider any more), with
 * what retention must scrub from their tickets.
 */
export async function findFormerCustomers(db: DbClient, ids: string[]) {
  return db.customer.findMany({
    where: { id: { in: ids }, services: { none: {} } },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      postalAddress: true,
      iban: true,
      dateOfBirth: true,
    },
  });
}

/** The service levels of a customer's services, the one a ticket is about first when given. */
export async function findServiceLevels(db: DbClient, customerId: string) {
  return db.customerService.findMany({ where: { customerId }, select: { id: true, serviceLevel: true } });
}

/**
 * What a billing change starts from, with the customer's row locked until the transaction ends, so
 * two changes at once each see the other's result as their "before".
 */
export async function lockCustomerBilling(db: DbClient, id: string) {
  const locked = await db.$queryRaw<
    { id: string }[]
  >`SELECT id FROM customers WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return db.customer.findUnique({
    where: { id },
    select: { id: true, iban: true, services: { select: { id: true, name: true, billingPeriod: true } } },
  });
}

export async function setCustomerIban(db: DbClient, id: string, iban: string | null) {
  await db.customer.update({ where: { id }, data: { iban } });
}

/** A change to a customer's services counts as a change of the customer, for `updated_since` syncs. */
export async function markCustomerChanged(db: DbClient, id: string) {
  await db.customer.update({ where: { id }, data: { updatedAt: new Date() } });
}

export async function setServiceBillingPeriod(
  db: DbClient,
  serviceId: string,
  billingPeriod: "monthly" | "yearly",
) {
  await db.customerService.update({ where: { id: serviceId }, data: { billingPeriod } });
}

export async function insertCustomerEvent(
  db: DbClient,
  event: { customerId: string; type: string; actorStaffId: string; reason: string; changes: object[] },
) {
  await db.customerEvent.create({ data: event });
}

export async function findCustomerEvents(db: DbClient, customerId: string) {
  return db.customerEvent.findMany({
    where: { customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      type: true,
      reason: true,
      changes: true,
      createdAt: true,
      actorStaff: { select: { id: true, name: true } },
    },
  });
}
export type CustomerEventRow = Awaited<ReturnType<typeof findCustomerEvents>>[number];
