import { createStaffMember, listAssignableStaff, listStaffMembers } from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { StaffService } from "./staff.service.ts";

export function staffRoutes(staff: StaffService) {
  return [
    route(createStaffMember, async ({ body, res }) => {
      const actor = signedInActorOf(res);
      return { status: 201, body: await staff.createStaffMember(actor, body) };
    }),
    route(listStaffMembers, async ({ query, res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await staff.listStaffMembers(actor, query) };
    }),
    route(listAssignableStaff, async ({ res }) => {
      const actor = signedInActorOf(res);
      return { status: 200, body: await staff.listAssignableStaff(actor) };
    }),
  ];
}
