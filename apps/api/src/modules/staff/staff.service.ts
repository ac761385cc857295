import type { Database } from "../../db/prisma.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { canManageStaff, canWorkTicket, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { presentStaffEvent, presentStaffMember } from "./staff.presenter.ts";
import * as repository from "./staff.repository.ts";
import * as events from "./staff-events.repository.ts";
import { createStaffInvitations, type StaffInvitationsDeps } from "./staff-invitations.service.ts";
import { createStaffMembership } from "./staff-membership.service.ts";

export function createStaffService(deps: StaffInvitationsDeps) {
  const { db }: { db: Database } = deps;
  return {
    invitations: createStaffInvitations(deps),
    membership: createStaffMembership(deps),

    async listStaffMembers(
      actor: SignedInActor,
      query: { cursor?: string | undefined; limit: number; updated_since?: string | undefined },
    ) {
      if (!canManageStaff(actor)) denyAsNotFound();
      const rows = await repository.listStaffMembers(
        db,
        decodeCursor(query.cursor),
        query.limit + 1,
        query.updated_since,
      );
      return toPage(rows, query.limit, presentStaffMember);
    },

    async listStaffEvents(actor: SignedInActor, id: string) {
      if (!canManageStaff(actor)) denyAsNotFound();
      if (!(await repository.findStaffMember(db, id))) denyAsNotFound();
      return { items: (await events.listStaffEvents(db, id)).map(presentStaffEvent) };
    },

    /** Those who work tickets may hand one to a colleague; the full staff list stays with admins. */
    async listAssignableStaff(actor: SignedInActor) {
      if (!canWorkTicket(actor)) denyAsNotFound();
      return { items: await repository.listTicketWorkers(db) };
    },
  };
}
export type StaffService = ReturnType<typeof createStaffService>;
