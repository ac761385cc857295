import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  assignableStaffListSchema,
  createStaffMemberSchema,
  staffListQuerySchema,
  staffMemberSchema,
  staffPageSchema,
} from "./staff.schemas.ts";

export const createStaffMember = defineEndpoint({
  method: "POST",
  path: "/staff",
  summary: "Create a staff account (admins only; there is no self-registration for staff)",
  tag: "Staff",
  body: createStaffMemberSchema,
  responses: { 201: staffMemberSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema },
});

export const listStaffMembers = defineEndpoint({
  method: "GET",
  path: "/staff",
  summary: "Staff accounts (admins only)",
  tag: "Staff",
  query: staffListQuerySchema,
  responses: { 200: staffPageSchema, 401: problemSchema, 404: problemSchema },
});

export const listAssignableStaff = defineEndpoint({
  method: "GET",
  path: "/staff/assignable",
  summary:
    "Staff who work tickets, by name, to assign a ticket to (for ticket-working staff; no e-mail addresses)",
  tag: "Staff",
  responses: { 200: assignableStaffListSchema, 401: problemSchema, 404: problemSchema },
});
