import {
  changeStaffRole,
  createStaffMember,
  deactivateStaffMember,
  listStaffMembers,
  reactivateStaffMember,
  resendStaffInvitation,
  type StaffRole,
} from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const staffKeys = { list: ["staff", "list"] as const };

/** The whole team on one page: a helpdesk team is far smaller than the largest page. */
export const staffListQuery = () =>
  queryOptions({
    queryKey: staffKeys.list,
    queryFn: ({ signal }) => request(listStaffMembers, { query: { limit: 100 } }, { signal }),
  });

export const staffActions = {
  invite: (body: { email: string; name: string; role: StaffRole }) => request(createStaffMember, { body }),
  changeRole: (id: string, role: StaffRole) => request(changeStaffRole, { params: { id }, body: { role } }),
  deactivate: (id: string) => request(deactivateStaffMember, { params: { id } }),
  reactivate: (id: string) => request(reactivateStaffMember, { params: { id } }),
  resend: (id: string) => request(resendStaffInvitation, { params: { id } }),
};
