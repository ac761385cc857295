// The only code that queries staff members.
import { randomUUID } from "node:crypto";
import type { StaffRole } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";
import { ticketWorkerRoles } from "../identity/access-policy.ts";

const staffColumns = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export async function insertStaffMember(
  db: DbClient,
  data: { email: string; name: string; role: StaffRole; passwordHash: string },
) {
  return db.staffMember.create({ data, select: staffColumns });
}

/** People only: the accounts API tokens act as are never listed, assigned, mailed or signed in. */
const people = { isApiToken: false } as const;

/**
 * The account an API token acts as: its name and role are the token's, so the audit trail names the
 * token. The address is reserved (.invalid) and the password hash matches no password.
 */
export async function insertApiTokenAccount(db: DbClient, data: { name: string; role: StaffRole }) {
  const id = randomUUID();
  return db.staffMember.create({
    data: { id, ...data, email: `api-token-${id}@api-tokens.invalid`, passwordHash: "!", isApiToken: true },
    select: { id: true },
  });
}

export async function listStaffMembers(db: DbClient, after: CursorPosition | undefined, take: number) {
  return db.staffMember.findMany({
    where: { ...afterCursor(after), ...people },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: staffColumns,
  });
}

/** Everyone a ticket may be assigned to, by name: only what a picker shows. */
export async function listTicketWorkers(db: DbClient) {
  return db.staffMember.findMany({
    where: { role: { in: [...ticketWorkerRoles] }, ...people },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

export type StaffRow = Awaited<ReturnType<typeof insertStaffMember>>;

const profileColumns = { id: true, email: true, name: true, role: true } as const;

export async function findStaffCredentialsByEmail(db: DbClient, email: string) {
  return db.staffMember.findUnique({
    where: { email, ...people },
    select: { ...profileColumns, passwordHash: true },
  });
}

export async function findStaffProfile(db: DbClient, id: string) {
  return db.staffMember.findUnique({ where: { id }, select: profileColumns });
}

/** Names and roles of these staff members (those that still exist). */
export async function findStaffNames(db: DbClient, ids: string[]) {
  if (ids.length === 0) return [];
  return db.staffMember.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, role: true },
  });
}

export async function setStaffPasswordHash(db: DbClient, id: string, passwordHash: string) {
  await db.staffMember.update({ where: { id }, data: { passwordHash } });
}

/** A staff member who works tickets (and so may be assigned one), or null. */
export async function findTicketWorker(db: DbClient, id: string) {
  return db.staffMember.findFirst({
    where: { id, role: { in: [...ticketWorkerRoles] }, ...people },
    select: { id: true, name: true },
  });
}

/** Where a warning about an unassigned ticket goes: the support agents (or, with none, every worker). */
export async function listTeamAddresses(db: DbClient): Promise<string[]> {
  const workers = await db.staffMember.findMany({
    where: { role: { in: [...ticketWorkerRoles] }, ...people },
    orderBy: { email: "asc" },
    select: { email: true, role: true },
  });
  const agents = workers.filter((worker) => worker.role === "agent");
  return (agents.length > 0 ? agents : workers).map((worker) => worker.email);
}
