import type { StaffRole } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";

const staffColumns = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export async function insertStaffMember(
  db: Database,
  data: { email: string; name: string; role: StaffRole; passwordHash: string },
) {
  return db.staffMember.create({ data, select: staffColumns });
}

export async function listStaffMembers(db: Database, after: CursorPosition | undefined, take: number) {
  return db.staffMember.findMany({
    where: afterCursor(after),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: staffColumns,
  });
}

export type StaffRow = Awaited<ReturnType<typeof insertStaffMember>>;
