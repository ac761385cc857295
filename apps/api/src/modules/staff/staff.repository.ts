// The only code that queries staff members.
import { randomUUID } from "node:crypto";
import type { StaffRole } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { changedSince } from "../../lib/changed-since.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";
import { ticketWorkerRoles } from "../identity/access-policy.ts";

const staffColumns = {
  id: true,
  email: true,
  name: true,
  role: true,
  passwordHash: true,
  invitedAt: true,
  deactivatedAt: true,
  createdAt: true,
} as const;

/** Who may sign in and be given work: not deactivated. */
const active = { deactivatedAt: null };

export async function insertStaffMember(
  db: DbClient,
  data: { email: string; name: string; role: StaffRole; invitedAt: Date },
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

/** A member of the team (not an API token's account), active or not: what staff changes act on. */
export async function findStaffMember(db: DbClient, id: string) {
  return db.staffMember.findFirst({ where: { id, ...people }, select: staffColumns });
}

/** The account making a staff change: a person, or an admin API token's own account. */
export async function findActingAccount(db: DbClient, id: string) {
  return db.staffMember.findUnique({ where: { id }, select: staffColumns });
}

export async function updateStaffMember(
  db: DbClient,
  id: string,
  data: { role?: StaffRole; invitedAt?: Date; deactivatedAt?: Date | null },
) {
  return db.staffMember.update({ where: { id }, data, select: staffColumns });
}

/**
 * Serialises every change that could leave the team without an active admin (deactivation, role
 * change): two admins deactivating each other at the same moment run one after the other, and the
 * second sees the first's result. Held until the transaction ends.
 */
export async function lockAdminChanges(db: DbClient): Promise<void> {
  await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('staff_members.active_admins'))::text AS locked`;
}

export async function countActiveAdmins(db: DbClient): Promise<number> {
  return db.staffMember.count({ where: { role: "admin", ...active, ...people } });
}

/** Sets the password of an invited member once: null when it was set already (a second use). */
export async function setFirstPasswordHash(db: DbClient, id: string, passwordHash: string) {
  const updated = await db.staffMember.updateMany({
    where: { id, passwordHash: null, ...active },
    data: { passwordHash },
  });
  return updated.count === 1;
}

export async function listStaffMembers(
  db: DbClient,
  after: CursorPosition | undefined,
  take: number,
  updatedSince?: string,
) {
  return db.staffMember.findMany({
    where: { AND: [afterCursor(after), changedSince(updatedSince), people] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: staffColumns,
  });
}

/** Everyone a ticket may be assigned to, by name: only what a picker shows. */
export async function listTicketWorkers(db: DbClient) {
  return db.staffMember.findMany({
    where: { role: { in: [...ticketWorkerRoles] }, ...people, ...active },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

export type StaffRow = Awaited<ReturnType<typeof insertStaffMember>>;

const profileColumns = { id: true, email: true, name: true, role: true } as const;

/** Sign-in: a deactivated member is not found, so they get the answer of an unknown address. */
export async function findStaffCredentialsByEmail(db: DbClient, email: string) {
  return db.staffMember.findFirst({
    where: { email, ...people, ...active },
    select: { ...profileColumns, passwordHash: true },
  });
}

/** An active member's profile (sessions are issued and links e-mailed to active members only). */
export async function findStaffProfile(db: DbClient, id: string) {
  return db.staffMember.findFirst({ where: { id, ...active }, select: profileColumns });
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
    where: { id, role: { in: [...ticketWorkerRoles] }, ...people, ...active },
    select: { id: true, name: true },
  });
}

/** Where a warning about an unassigned ticket goes: the support agents (or, with none, every worker). */
export async function listTeamAddresses(db: DbClient): Promise<string[]> {
  const workers = await db.staffMember.findMany({
    where: { role: { in: [...ticketWorkerRoles] }, ...people, ...active },
    orderBy: { email: "asc" },
    select: { email: true, role: true },
  });
  const agents = workers.filter((worker) => worker.role === "agent");
  return (agents.length > 0 ? agents : workers).map((worker) => worker.email);
}

/**
 * The active people who work tickets, with their address: who can be notified and mentioned
 * (a mention handle is the part of the address before the @).
 */
export async function listNotifiableStaff(db: DbClient) {
  return db.staffMember.findMany({
    where: { role: { in: [...ticketWorkerRoles] }, ...people, ...active },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

/** The active admins' addresses (a disabled webhook endpoint is theirs to look at). */
export async function listAdminAddresses(db: DbClient): Promise<string[]> {
  const admins = await db.staffMember.findMany({
    where: { role: "admin", ...people, ...active },
    orderBy: { email: "asc" },
    select: { email: true },
  });
  return admins.map((admin) => admin.email);
}
