import type { StaffRole } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { hashPassword } from "../../lib/password.ts";
import { canManageStaff, canWorkTicket, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import * as repository from "./staff.repository.ts";

const presentStaffMember = (row: repository.StaffRow) => ({ ...row, createdAt: row.createdAt.toISOString() });

export function createStaffService({ db }: { db: Database }) {
  return {
    /** Staff accounts are made by admins only: there is no self-registration for staff. */
    async createStaffMember(
      actor: SignedInActor,
      input: { email: string; name: string; role: StaffRole; password: string },
    ) {
      if (!canManageStaff(actor)) denyAsNotFound();
      const { password, ...member } = input;
      const row = await repository.insertStaffMember(db, {
        ...member,
        passwordHash: await hashPassword(password),
      });
      return presentStaffMember(row);
    },

    async listStaffMembers(actor: SignedInActor, query: { cursor?: string | undefined; limit: number }) {
      if (!canManageStaff(actor)) denyAsNotFound();
      const rows = await repository.listStaffMembers(db, decodeCursor(query.cursor), query.limit + 1);
      return toPage(rows, query.limit, presentStaffMember);
    },

    /** Those who work tickets may hand one to a colleague; the full staff list stays with admins. */
    async listAssignableStaff(actor: SignedInActor) {
      if (!canWorkTicket(actor)) denyAsNotFound();
      return { items: await repository.listTicketWorkers(db) };
    },
  };
}
export type StaffService = ReturnType<typeof createStaffService>;
