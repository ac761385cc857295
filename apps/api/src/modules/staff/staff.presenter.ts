// Staff rows -> the contract's shapes. The password hash never leaves: only whether one is set.
import type { StaffEvent, StaffMember } from "@helpdesk/contracts";
import type { StaffRow } from "./staff.repository.ts";
import type * as events from "./staff-events.repository.ts";

export function presentStaffMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.deactivatedAt === null,
    invitationPending: row.passwordHash === null,
    invitedAt: row.invitedAt?.toISOString() ?? null,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

type StaffEventRow = Awaited<ReturnType<typeof events.listStaffEvents>>[number];

export function presentStaffEvent(row: StaffEventRow): StaffEvent {
  return {
    id: row.id,
    type: row.type as StaffEvent["type"],
    actor: row.actorStaff,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt.toISOString(),
  };
}
