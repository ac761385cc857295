import { z } from "zod";

export const EMAIL_FOOTER_MAX = 1000;
export const SUPPORT_HOURS_MAX = 300;

const teamName = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .meta({
    description: "The name customers see on every staff reply and as the e-mails' sender name",
    examples: ["Team Support"],
  });
const publicUrl = z
  .url({ protocol: /^https?$/, error: "must be an absolute http:// or https:// address" })
  .max(300)
  .transform((url) => url.replace(/\/+$/, ""))
  .meta({
    description: "Base address of the web app, used in every link in e-mails",
    examples: ["https://support.example.nl"],
  });
const mailFromAddress = z
  .email()
  .max(254)
  .meta({
    description: "The address e-mails come from (its sender name is the team name)",
    examples: ["support@example.nl"],
  });
const emailFooter = z
  .string()
  .trim()
  .max(EMAIL_FOOTER_MAX)
  .meta({
    description: "Closes every customer e-mail; plain text or Markdown (links become links). Empty: none",
    examples: ["Support B.V. · Kerkstraat 1, Utrecht · KvK 12345678"],
  });
const supportHoursText = z
  .string()
  .trim()
  .max(SUPPORT_HOURS_MAX)
  .meta({
    description:
      "When the team answers, shown to customers on the contact page and in e-mails. Empty: not shown",
    examples: ["Maandag t/m vrijdag van 9:00 tot 17:00 uur"],
  });

/** The installation's settings as admins see them; the environment's values until an admin saves. */
export const settingsSchema = z
  .object({
    teamName: z.string(),
    publicUrl: z.string(),
    mailFromAddress: z.string(),
    emailFooter: z.string(),
    supportHoursText: z.string(),
    /** When an admin last saved; null while every value is the environment's default. */
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Settings" });
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsSchema = z
  .object({
    teamName,
    publicUrl,
    mailFromAddress,
    emailFooter,
    supportHoursText,
    expectedUpdatedAt: z.iso
      .datetime()
      .nullable()
      .meta({
        description:
          "The settings' `updatedAt` when the form was opened (null: never saved): when an admin saved since, the change is refused with 409 edit_conflict",
        examples: ["2026-11-28T10:15:00.000Z"],
      }),
  })
  .partial()
  .refine(
    (patch) => Object.keys(patch).some((field) => field !== "expectedUpdatedAt"),
    "Change at least one field",
  )
  .meta({ id: "UpdateSettings" });
export type UpdateSettings = z.infer<typeof updateSettingsSchema>;

/** What everybody may read: the team's name and when it answers (e.g. on the contact page). */
export const publicSettingsSchema = z
  .object({ teamName: z.string(), supportHoursText: z.string() })
  .meta({ id: "PublicSettings" });
export type PublicSettings = z.infer<typeof publicSettingsSchema>;
