import { z } from "zod";

/**
 * Follow-up of tickets that wait on the customer (`pending`): a reminder after `remindAfterDays`
 * calendar days without an answer, solved `solveAfterDays` calendar days after the reminder.
 */
export const followUpSettingsSchema = z
  .object({
    enabled: z.boolean().meta({ examples: [true] }),
    /** Calendar days after the team's last reply or the move to pending. */
    remindAfterDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .meta({ examples: [3] }),
    /** Calendar days after the reminder. */
    solveAfterDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .meta({ examples: [4] }),
  })
  .meta({ id: "FollowUpSettings" });
export type FollowUpSettings = z.infer<typeof followUpSettingsSchema>;

/** Put a ticket aside until an instant in the future (ISO 8601 with offset); null ends the snooze. */
export const ticketSnoozeSchema = z
  .object({
    snoozedUntil: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ examples: ["2026-12-01T09:00:00+01:00"] }),
  })
  .meta({ id: "TicketSnooze" });

export const ticketSnoozedSchema = z
  .object({
    /** When the ticket returns to the queue's views; null: not snoozed. */
    snoozedUntil: z.iso.datetime().nullable(),
  })
  .meta({ id: "TicketSnoozed" });
