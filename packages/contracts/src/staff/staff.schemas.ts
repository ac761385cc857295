import { z } from "zod";
import { cursorPageSchema, cursorQuerySchema } from "../common/pagination.ts";
import { emailSchema, passwordSchema, staffRoleSchema } from "../identity/identity.schemas.ts";

export const createStaffMemberSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(120),
    role: staffRoleSchema,
    password: passwordSchema,
  })
  .meta({ id: "CreateStaffMember" });

/** Staff as staff see them; customers never get this shape. */
export const staffMemberSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: staffRoleSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "StaffMember" });

export const staffListQuerySchema = cursorQuerySchema;
export const staffPageSchema = cursorPageSchema(staffMemberSchema).meta({ id: "StaffPage" });

/** A colleague a ticket can be handed to: what an assignee picker shows, and no more. */
export const assignableStaffMemberSchema = z
  .object({ id: z.uuid(), name: z.string(), role: staffRoleSchema })
  .meta({ id: "AssignableStaffMember" });
export const assignableStaffListSchema = z
  .object({ items: z.array(assignableStaffMemberSchema) })
  .meta({ id: "AssignableStaffList" });
