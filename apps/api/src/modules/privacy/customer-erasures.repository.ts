// The only code that reads and writes the record of customer erasures.
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** The record, written first in the erasure's transaction: a second erasure of the same customer fails here (unique). */
export async function insertErasure(
  db: DbClient,
  erasure: { customerId: string; erasedByStaffId: string; reason: string; counts: Prisma.InputJsonValue },
) {
  return db.customerErasure.create({ data: erasure });
}

export async function setErasureCounts(db: DbClient, id: string, counts: Prisma.InputJsonValue) {
  return db.customerErasure.update({ where: { id }, data: { counts } });
}

export async function findErasure(db: DbClient, customerId: string) {
  return db.customerErasure.findUnique({ where: { customerId } });
}
export type ErasureRow = NonNullable<Awaited<ReturnType<typeof findErasure>>>;
