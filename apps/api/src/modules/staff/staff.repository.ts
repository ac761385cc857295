import type { StaffRole } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";
import { ticketWorkerRoles } from "../identity/access-policy.ts";

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

/** Everyone a ticket may be assigned to, by name: only what a picker shows. */
export async function listTicketWorkers(db: Database) {
  return db.staffMember.findMany({
    where: { role: { in: [...ticketWorkerRoles] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

export type StaffRow = Awaited<ReturnType<typeof insertStaffMember>>;
