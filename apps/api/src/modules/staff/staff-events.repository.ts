// The only code that queries the audit trail of staff accounts.
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export async function insertStaffEvent(
  db: DbClient,
  event: {
    staffId: string;
    type: string;
    actorStaffId: string | null;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await db.staffEvent.create({ data: event });
}

export async function listStaffEvents(db: DbClient, staffId: string) {
  return db.staffEvent.findMany({
    where: { staffId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      before: true,
      after: true,
      createdAt: true,
      actorStaff: { select: { id: true, name: true } },
    },
  });
}
