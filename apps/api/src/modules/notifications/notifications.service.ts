// A staff member's own notifications (the bell) and their choice of e-mails. Only the staff who
// work tickets have them; anyone else gets 404, as for every staff-only endpoint.
import type { NotificationPreferences } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { canWorkTicket, denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor, StaffActor } from "../identity/actor.ts";
import { listNotifiableStaff } from "../staff/staff-accounts.ts";
import { handleOf } from "./mentions.ts";
import { presentNotification, presentPreferences } from "./notifications.presenter.ts";
import * as repository from "./notifications.repository.ts";

function recipient(actor: SignedInActor): StaffActor {
  if (!canWorkTicket(actor)) denyAsNotFound();
  return actor;
}

export function createNotificationsService({
  db,
  now = () => new Date(),
}: {
  db: Database;
  now?: () => Date;
}) {
  return {
    async list(
      actor: SignedInActor,
      query: { cursor?: string | undefined; limit: number; unread?: "true" | "false" | undefined },
    ) {
      const me = recipient(actor);
      const after = decodeCursor(query.cursor);
      const [rows, unreadCount] = await Promise.all([
        repository.listNotifications(db, me.id, {
          after,
          unreadOnly: query.unread === "true",
          take: query.limit + 1,
        }),
        repository.countUnread(db, me.id),
      ]);
      return { ...toPage(rows, query.limit, presentNotification), unreadCount };
    },

    async unreadCount(actor: SignedInActor) {
      return { unreadCount: await repository.countUnread(db, recipient(actor).id) };
    },

    async markRead(actor: SignedInActor, id: string) {
      const row = await repository.markRead(db, recipient(actor).id, id, now());
      if (!row) denyAsNotFound();
      return presentNotification(row);
    },

    async markAllRead(actor: SignedInActor) {
      const me = recipient(actor);
      await repository.markAllRead(db, me.id, now());
      return { unreadCount: await repository.countUnread(db, me.id) };
    },

    async preferences(actor: SignedInActor): Promise<NotificationPreferences> {
      const [row] = await repository.findPreferences(db, [recipient(actor).id]);
      return presentPreferences(row);
    },

    async updatePreferences(actor: SignedInActor, input: NotificationPreferences) {
      const row = await repository.upsertPreferences(db, {
        staffId: recipient(actor).id,
        emailAssigned: input.email.assigned,
        emailCustomerReplied: input.email.customer_replied,
        emailUnassignedTicket: input.email.unassigned_ticket,
        emailMentioned: input.email.mentioned,
        language: input.language,
      });
      return presentPreferences(row);
    },

    /** Colleagues a note can mention (the caller too: the composer filters as it likes). */
    async mentionable(actor: SignedInActor) {
      recipient(actor);
      const staff = await listNotifiableStaff(db);
      return {
        items: staff.map((member) => ({ id: member.id, name: member.name, handle: handleOf(member.email) })),
      };
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
