import { z } from "zod";
import { languageSchema } from "../identity/identity.schemas.ts";

export const emailTemplates = [
  "sign_in_link",
  "password_reset",
  "staff_invitation",
  "ticket_received",
  "cancellation_received",
  "team_reply",
  "waiting_for_customer",
  "ticket_solved",
  "ticket_closed",
  "consent_request",
] as const;
export const emailTemplateSchema = z.enum(emailTemplates);
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;

export const emailPreviewParamsSchema = z.object({ template: emailTemplateSchema });
export const emailPreviewQuerySchema = z.object({ language: languageSchema.default("nl") });

export const emailPreviewSchema = z
  .object({
    template: emailTemplateSchema,
    language: languageSchema,
    subject: z.string(),
    html: z.string(),
    text: z.string(),
  })
  .meta({ id: "EmailPreview" });

/** An e-mail that could not be delivered after its last try (the dead letters). */
export const failedEmailSchema = z
  .object({
    id: z.uuid(),
    type: z.string(),
    ticketId: z.uuid().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    occurredAt: z.iso.datetime(),
    failedAt: z.iso.datetime(),
  })
  .meta({ id: "FailedEmail" });
export type FailedEmail = z.infer<typeof failedEmailSchema>;
export const failedEmailListSchema = z
  .object({ items: z.array(failedEmailSchema) })
  .meta({ id: "FailedEmailList" });
export const failedEmailParamsSchema = z.object({ id: z.uuid() });
export const retriedEmailSchema = z.object({ status: z.literal("scheduled") }).meta({ id: "RetriedEmail" });
