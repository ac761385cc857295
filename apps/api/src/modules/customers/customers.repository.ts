// The only code that reads customer records. Which columns are selected depends on what the caller
// may see: private columns are not loaded at all for a support view.
import type { Database } from "../../db/prisma.ts";
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

export async function findCustomerSupportView(db: Database, id: string) {
  return db.customer.findUnique({ where: { id }, select: supportColumns });
}

export async function findCustomerFullView(db: Database, id: string) {
  return db.customer.findUnique({ where: { id }, select: fullColumns });
}

function searchCondition(text: string, after: CursorPosition | undefined) {
  const contains = { contains: text, mode: "insensitive" as const };
  return {
    AND: [
      {
        OR: [
          { name: contains },
          { email: contains },
          { phone: contains },
          { services: { some: { name: contains } } },
        ],
      },
      afterCursor(after),
    ],
  };
}

const searchOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export async function searchCustomersSupportView(
  db: Database,
  text: string,
  after: CursorPosition | undefined,
  take: number,
) {
  return db.customer.findMany({
    where: searchCondition(text, after),
    orderBy: searchOrder,
    take,
    select: supportColumns,
  });
}

export async function searchCustomersFullView(
  db: Database,
  text: string,
  after: CursorPosition | undefined,
  take: number,
) {
  return db.customer.findMany({
    where: searchCondition(text, after),
    orderBy: searchOrder,
    take,
    select: fullColumns,
  });
}

export type CustomerSupportRow = NonNullable<Awaited<ReturnType<typeof findCustomerSupportView>>>;
export type CustomerFullRow = NonNullable<Awaited<ReturnType<typeof findCustomerFullView>>>;
