import {
  acceptStaffInvitation,
  changeStaffRole,
  createStaffMember,
  deactivateStaffMember,
  listAssignableStaff,
  listStaffEvents,
  listStaffMembers,
  reactivateStaffMember,
  resendStaffInvitation,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { StaffService } from "./staff.service.ts";

export function staffRoutes(staff: StaffService) {
  const { invitations, membership } = staff;
  return [
    route(createStaffMember, async ({ body, res }) => ({
      status: 201,
      body: await invitations.invite(signedInActorOf(res), body),
    })),
    route(listStaffMembers, async ({ query, res }) => ({
      status: 200,
      body: await staff.listStaffMembers(signedInActorOf(res), query),
    })),
    route(listAssignableStaff, async ({ res }) => ({
      status: 200,
      body: await staff.listAssignableStaff(signedInActorOf(res)),
    })),
    route(acceptStaffInvitation, async ({ body }) => {
      await invitations.accept(body.token, body.password);
      return { status: 204, body: undefined };
    }),
    route(changeStaffRole, async ({ params, body, res }) => ({
      status: 200,
      body: await membership.changeRole(signedInActorOf(res), params.id, body.role),
    })),
    route(deactivateStaffMember, async ({ params, res }) => ({
      status: 200,
      body: await membership.deactivate(signedInActorOf(res), params.id),
    })),
    route(reactivateStaffMember, async ({ params, res }) => ({
      status: 200,
      body: await membership.reactivate(signedInActorOf(res), params.id),
    })),
    route(resendStaffInvitation, async ({ params, res }) => ({
      status: 202,
      body: await invitations.resend(signedInActorOf(res), params.id),
    })),
    route(listStaffEvents, async ({ params, res }) => ({
      status: 200,
      body: await staff.listStaffEvents(signedInActorOf(res), params.id),
    })),
  ];
}
