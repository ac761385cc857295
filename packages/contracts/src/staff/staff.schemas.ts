import { z } from "zod";
import { linkTokenSchema } from "../auth/auth.schemas.ts";
import { cursorPageSchema, syncListQuerySchema } from "../common/pagination.ts";
import { emailSchema, passwordSchema, staffRoleSchema } from "../identity/identity.schemas.ts";

/**
 * An invitation: the member gets an e-mailed link and chooses their own password. Strict, so an
 * integrator still sending the `password` of earlier versions hears that it is no longer taken.
 */
export const createStaffMemberSchema = z
  .strictObject({
    email: emailSchema,
    name: z.string().trim().min(1).max(120),
    role: staffRoleSchema,
  })
  .meta({ id: "CreateStaffMember" });

/** Staff as staff see them; customers never get this shape. */
export const staffMemberSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: staffRoleSchema,
    /** False once deactivated: the member cannot sign in. */
    active: z.boolean(),
    /** True until the member has chosen a password through the invitation link. */
    invitationPending: z.boolean(),
    invitedAt: z.iso.datetime().nullable(),
    deactivatedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "StaffMember" });

export const staffListQuerySchema = syncListQuerySchema;
export const staffPageSchema = cursorPageSchema(staffMemberSchema).meta({ id: "StaffPage" });

export const staffIdParamsSchema = z.object({ id: z.uuid() });

export const changeStaffRoleSchema = z
  .strictObject({ role: staffRoleSchema })
  .meta({ id: "ChangeStaffRole" });

export const acceptStaffInvitationSchema = z
  .object({ token: linkTokenSchema, password: passwordSchema })
  .meta({ id: "AcceptStaffInvitation" });

export const staffEventTypes = [
  "invited",
  "invitation_resent",
  "invitation_accepted",
  "role_changed",
  "deactivated",
  "reactivated",
] as const;

/** One line of a staff account's audit trail: who did what, with the value before and after. */
export const staffEventSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(staffEventTypes),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    before: z.unknown(),
    after: z.unknown(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "StaffEvent" });
export const staffEventListSchema = z
  .object({ items: z.array(staffEventSchema) })
  .meta({ id: "StaffEventList" });

/** A colleague a ticket can be handed to: what an assignee picker shows, and no more. */
export const assignableStaffMemberSchema = z
  .object({ id: z.uuid(), name: z.string(), role: staffRoleSchema })
  .meta({ id: "AssignableStaffMember" });
export const assignableStaffListSchema = z
  .object({ items: z.array(assignableStaffMemberSchema) })
  .meta({ id: "AssignableStaffList" });

export type StaffMember = z.infer<typeof staffMemberSchema>;
export type StaffEvent = z.infer<typeof staffEventSchema>;
export type StaffEventType = (typeof staffEventTypes)[number];
