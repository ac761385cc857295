// Roles and deactivation. The team never ends up without an active admin: every change that could
// remove one takes the same lock and counts again, so two admins deactivating each other at the
// same moment leave one. A deactivated member's sessions end and their open tickets go back to
// the queue in the same transaction; their history (messages, audit trail) stays.
import type { StaffRole } from "@helpdesk/contracts";
import type { Database, DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { revokeStaffAccess } from "../auth/staff-access.ts";
import { canManageStaff, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor, StaffActor } from "../identity/actor.ts";
import { returnOpenTicketsToQueue } from "../tickets/ticket-handback.ts";
import { presentStaffMember } from "./staff.presenter.ts";
import * as repository from "./staff.repository.ts";
import { recordStaffEvent } from "./staff-audit.ts";

const lastAdmin = () =>
  new AppError("conflict", "The team needs at least one active admin: make someone else admin first");

function requireAdmin(actor: SignedInActor): StaffActor {
  if (actor.kind !== "staff" || !canManageStaff(actor)) denyAsNotFound();
  return actor;
}

/**
 * Under the admin lock: the acting admin as they are now (a request already under way when they
 * were deactivated or demoted does nothing), and the member it is about.
 */
async function lockedChange(tx: DbClient, actor: StaffActor, id: string) {
  await repository.lockAdminChanges(tx);
  const self = await repository.findActingAccount(tx, actor.id);
  if (!self || self.deactivatedAt || self.role !== "admin") denyAsNotFound();
  const member = await repository.findStaffMember(tx, id);
  if (!member) denyAsNotFound();
  return member;
}

const isActiveAdmin = (member: repository.StaffRow) =>
  member.role === "admin" && member.deactivatedAt === null;

export function createStaffMembership({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  return {
    async changeRole(caller: SignedInActor, id: string, role: StaffRole) {
      const actor = requireAdmin(caller);
      return inWriteTransaction(db, async (tx) => {
        const member = await lockedChange(tx, actor, id);
        if (member.role === role) return presentStaffMember(member);
        if (isActiveAdmin(member) && (await repository.countActiveAdmins(tx)) <= 1) throw lastAdmin();
        const row = await repository.updateStaffMember(tx, id, { role });
        await recordStaffEvent(tx, id, actor.id, "role_changed", { before: member.role, after: role });
        return presentStaffMember(row);
      });
    },

    async deactivate(caller: SignedInActor, id: string) {
      const actor = requireAdmin(caller);
      if (id === actor.id) throw new AppError("conflict", "You cannot deactivate yourself");
      return inWriteTransaction(db, async (tx) => {
        const member = await lockedChange(tx, actor, id);
        if (member.deactivatedAt) return presentStaffMember(member);
        if (isActiveAdmin(member) && (await repository.countActiveAdmins(tx)) <= 1) throw lastAdmin();
        const at = now();
        const row = await repository.updateStaffMember(tx, id, { deactivatedAt: at });
        await revokeStaffAccess(tx, id, "staff_deactivated", at);
        const ticketsReturned = await returnOpenTicketsToQueue(tx, member, actor);
        await recordStaffEvent(tx, id, actor.id, "deactivated", { after: { ticketsReturned } });
        return presentStaffMember(row);
      });
    },

    /** The member signs in with the password they had; a pending invitation needs sending again. */
    async reactivate(caller: SignedInActor, id: string) {
      const actor = requireAdmin(caller);
      return inWriteTransaction(db, async (tx) => {
        const member = await lockedChange(tx, actor, id);
        if (!member.deactivatedAt) return presentStaffMember(member);
        const row = await repository.updateStaffMember(tx, id, { deactivatedAt: null });
        await recordStaffEvent(tx, id, actor.id, "reactivated");
        return presentStaffMember(row);
      });
    },
  };
}
