import type { Messages } from "../../../i18n/messages.ts";
import type { notificationsNl } from "./notifications.nl.ts";

export const notificationsEn = {
  bell: {
    label: "Notifications",
    labelUnread: "Notifications, {{count}} unread",
    title: "Notifications",
    empty: "No notifications.",
    loading: "Loading notifications…",
    readAll: "Mark all read",
    preferences: "Notification preferences",
    unread: "Unread",
  },
  kind: {
    assigned: "{{actor}} assigned {{number}} to you",
    assignedBySystem: "{{number}} was assigned to you",
    customer_replied: "The customer replied on {{number}}",
    unassigned_ticket: "New ticket without an assignee: {{number}}",
    mentioned: "{{actor}} mentioned you on {{number}}",
    mentionedBySystem: "You were mentioned on {{number}}",
  },
  preferences: {
    title: "Notification preferences",
    intro:
      "Notifications about your own work always show under the bell at the top; new tickets without an assignee only when you switch that on below. Choose which ones you also want by e-mail, and in which language.",
    emailLegend: "Also by e-mail",
    assigned: "A ticket was assigned to me",
    customer_replied: "A customer replied on a ticket I handle",
    unassigned_ticket: "A new ticket has no assignee",
    mentioned: "A colleague mentions me in an internal note (@name)",
    language: "Language of the e-mails",
    languages: { nl: "Dutch", en: "English" },
    save: "Save preferences",
    saved: "Your notification preferences are saved.",
    failed: "Saving did not work. Please try again.",
    invalid: "Choose a valid value.",
  },
} satisfies Messages<typeof notificationsNl>;
