import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  acceptStaffInvitationSchema,
  assignableStaffListSchema,
  changeStaffRoleSchema,
  createStaffMemberSchema,
  staffEventListSchema,
  staffIdParamsSchema,
  staffListQuerySchema,
  staffMemberSchema,
  staffPageSchema,
} from "./staff.schemas.ts";

export const createStaffMember = defineEndpoint({
  method: "POST",
  path: "/staff",
  summary:
    "Invite a staff member (admins only): they get an e-mailed link to choose their own password; no self-registration for staff",
  tag: "Staff",
  body: createStaffMemberSchema,
  responses: {
    201: staffMemberSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const listStaffMembers = defineEndpoint({
  method: "GET",
  path: "/staff",
  summary: "Staff accounts with role, active or not, invitation pending (admins only)",
  tag: "Staff",
  query: staffListQuerySchema,
  responses: { 200: staffPageSchema, 401: problemSchema, 404: problemSchema },
});

export const changeStaffRole = defineEndpoint({
  method: "PATCH",
  path: "/staff/:id",
  summary: "Change a staff member's role (admins only; the last active admin stays an admin: 409)",
  tag: "Staff",
  params: staffIdParamsSchema,
  body: changeStaffRoleSchema,
  responses: {
    200: staffMemberSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const deactivateStaffMember = defineEndpoint({
  method: "POST",
  path: "/staff/:id/deactivate",
  summary:
    "Deactivate a staff member (admins only): no sign-in, sessions end at once, their open tickets return to the unassigned queue; not yourself nor the last active admin (409)",
  tag: "Staff",
  params: staffIdParamsSchema,
  responses: {
    200: staffMemberSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const reactivateStaffMember = defineEndpoint({
  method: "POST",
  path: "/staff/:id/reactivate",
  summary: "Let a deactivated staff member sign in again (admins only)",
  tag: "Staff",
  params: staffIdParamsSchema,
  responses: { 200: staffMemberSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const resendStaffInvitation = defineEndpoint({
  method: "POST",
  path: "/staff/:id/invitation",
  summary:
    "Send the invitation again (admins only; only while it is pending): the link of the earlier e-mail stops working",
  tag: "Staff",
  params: staffIdParamsSchema,
  responses: {
    202: staffMemberSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const listStaffEvents = defineEndpoint({
  method: "GET",
  path: "/staff/:id/events",
  summary: "The audit trail of a staff account (admins only)",
  tag: "Staff",
  params: staffIdParamsSchema,
  responses: { 200: staffEventListSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const acceptStaffInvitation = defineEndpoint({
  method: "POST",
  path: "/staff/invitation/accept",
  summary: "Choose a password with the token from the invitation e-mail; then sign in as usual",
  tag: "Staff",
  body: acceptStaffInvitationSchema,
  responses: { 204: null, 400: problemSchema, 401: problemSchema },
});

export const listAssignableStaff = defineEndpoint({
  method: "GET",
  path: "/staff/assignable",
  summary:
    "Staff who work tickets, by name, to assign a ticket to (for ticket-working staff; no e-mail addresses)",
  tag: "Staff",
  responses: { 200: assignableStaffListSchema, 401: problemSchema, 404: problemSchema },
});
