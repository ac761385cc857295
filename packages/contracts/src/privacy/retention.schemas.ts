import { z } from "zod";

/** A retention period in months (1 to 10 years); null keeps the data until it is erased by hand. */
const periodSchema = z
  .int()
  .min(1)
  .max(120)
  .nullable()
  .meta({ description: "Months, 1 to 120; null: kept until erased by hand" });

/** The periods a new installation starts with (months), the daily run switched off. */
export const retentionDefaults = {
  closedTicketMonths: 24,
  privateDataLogMonths: 24,
  suggestionEventMonths: 12,
} as const;

/** How long personal data is kept, and whether the daily run applies it. */
export const retentionSettingsSchema = z
  .object({
    closedTicketMonths: periodSchema.meta({
      description:
        "Closed and solved tickets of guests and former customers (no service any more) are anonymised this many months after their last change",
    }),
    privateDataLogMonths: periodSchema.meta({
      description: "Records of who was shown private fields are deleted after this many months",
    }),
    suggestionEventMonths: periodSchema.meta({
      description: "Anonymous FAQ suggestion events are deleted after this many months",
    }),
    scheduled: z.boolean().meta({ description: "Whether the daily run applies these periods" }),
  })
  .meta({ id: "RetentionSettings" });
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const retentionSettingsViewSchema = retentionSettingsSchema
  .extend({ updatedAt: z.iso.datetime() })
  .meta({ id: "RetentionSettingsView" });
export type RetentionSettingsView = z.infer<typeof retentionSettingsViewSchema>;

/** What a run anonymised or deleted (a preview: what it would). */
export const retentionCountsSchema = z
  .object({
    tickets: z.int(),
    messages: z.int(),
    events: z.int(),
    attachments: z.int(),
    emailOriginals: z.int(),
    queuedEmails: z.int(),
    privateDataLog: z.int(),
    suggestionEvents: z.int(),
  })
  .meta({ id: "RetentionCounts" });
export type RetentionCounts = z.infer<typeof retentionCountsSchema>;

export const retentionRunRequestSchema = z
  .object({
    dryRun: z.boolean().meta({ description: "true: count what would go, change nothing (a preview)" }),
  })
  .meta({ id: "RetentionRunRequest" });

/** One run: who started it (null: the daily schedule), the cut-off dates it used, what it did. */
export const retentionRunSchema = z
  .object({
    id: z.uuid(),
    dryRun: z.boolean(),
    startedBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    cutoffs: z.object({
      closedTicketsBefore: z.iso.datetime().nullable(),
      privateDataLogBefore: z.iso.datetime().nullable(),
      suggestionEventsBefore: z.iso.datetime().nullable(),
    }),
    counts: retentionCountsSchema,
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "RetentionRun" });
export type RetentionRun = z.infer<typeof retentionRunSchema>;

export const retentionRunListSchema = z
  .object({ items: z.array(retentionRunSchema) })
  .meta({ id: "RetentionRunList" });
