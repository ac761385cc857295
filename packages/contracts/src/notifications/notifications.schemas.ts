import { z } from "zod";
import { cursorPageSchema, cursorQuerySchema } from "../common/pagination.ts";
import { languageSchema } from "../identity/identity.schemas.ts";

/**
 * What a staff member is told about: a ticket assigned to them, a customer's reply on a ticket they
 * have, a new ticket nobody has yet, an internal note that mentions them (`@handle`).
 */
export const notificationKinds = ["assigned", "customer_replied", "unassigned_ticket", "mentioned"] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: notificationKindSchema,
    ticket: z.object({ id: z.uuid(), number: z.string(), subject: z.string() }),
    /** The colleague who caused it; null for a customer or the system. */
    actorName: z.string().nullable(),
    /** The start of the new text (a customer's reply, a note); empty for an assignment. */
    excerpt: z.string(),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({
    id: "Notification",
    examples: [
      {
        id: "0b6a3f1e-2d4c-4a8e-9f1a-5c7d9e2b4a61",
        kind: "mentioned",
        ticket: {
          id: "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
          number: "#104-882-731",
          subject: "Mail komt niet aan",
        },
        actorName: "Sanne de Vries",
        excerpt: "@jan kun jij de DNS-records controleren?",
        readAt: null,
        createdAt: "2026-11-28T09:15:00.000Z",
      },
    ],
  });
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = cursorQuerySchema.extend({
  /** `true`: only the ones not read yet. */
  unread: z.enum(["true", "false"]).optional(),
});

export const notificationPageSchema = cursorPageSchema(notificationSchema).extend({
  /** How many of the caller's notifications are unread (the bell's count). */
  unreadCount: z.number().int().min(0),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadNotificationCountSchema = z
  .object({ unreadCount: z.number().int().min(0) })
  .meta({ examples: [{ unreadCount: 3 }] });
export type UnreadNotificationCount = z.infer<typeof unreadNotificationCountSchema>;

export const notificationIdParamsSchema = z.object({ id: z.uuid() });

/** Which notifications also come by e-mail (the bell always shows them), and in which language. */
export const notificationPreferencesSchema = z
  .object({
    email: z.object({
      assigned: z.boolean(),
      customer_replied: z.boolean(),
      unassigned_ticket: z.boolean(),
      mentioned: z.boolean(),
    }),
    language: languageSchema,
  })
  .meta({
    id: "NotificationPreferences",
    examples: [
      {
        email: { assigned: true, customer_replied: true, unassigned_ticket: false, mentioned: true },
        language: "nl",
      },
    ],
  });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** A colleague who can be mentioned in an internal note as `@handle`. */
export const mentionableStaffSchema = z
  .object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), handle: z.string() })) })
  .meta({
    examples: [
      { items: [{ id: "0b6a3f1e-2d4c-4a8e-9f1a-5c7d9e2b4a61", name: "Jan Jansen", handle: "jan" }] },
    ],
  });
export type MentionableStaff = z.infer<typeof mentionableStaffSchema>;
