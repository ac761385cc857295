// Row -> contract shape. A notification is its recipient's own: it names the colleague who caused
// it (staff see each other's names), never a customer.
import type { Notification, NotificationKind, NotificationPreferences } from "@helpdesk/contracts";
import { formatTicketNumber } from "../tickets/ticket-number.ts";
import { defaultEmailChoice } from "./notification-events.ts";
import type { NotificationRow, PreferenceRow } from "./notifications.repository.ts";

export const presentNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind as NotificationKind,
  ticket: { id: row.ticket.id, number: formatTicketNumber(row.ticket.number), subject: row.ticket.subject },
  actorName: row.actorStaff?.name ?? null,
  excerpt: row.excerpt,
  readAt: row.readAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export const presentPreferences = (row: PreferenceRow | undefined): NotificationPreferences =>
  row
    ? {
        email: {
          assigned: row.emailAssigned,
          customer_replied: row.emailCustomerReplied,
          unassigned_ticket: row.emailUnassignedTicket,
          mentioned: row.emailMentioned,
        },
        language: row.language,
      }
    : { email: { ...defaultEmailChoice }, language: "nl" };
