// What other modules call to notify staff, inside the transaction of the change that is the
// reason: the bell's rows, and for those who want it by e-mail, one outbox event each (sent once).
import type { NotificationKind } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { listNotifiableStaff } from "../staff/staff-accounts.ts";
import { resolveMentions } from "./mentions.ts";
import {
  deleteNotificationsAbout,
  findPreferences,
  findUnassignedTicketWatchers,
  insertNotifications,
  type PreferenceRow,
} from "./notifications.repository.ts";

export const STAFF_NOTIFICATION_EVENT = "staff.notification";

/** The start of the new text a notification shows: enough to know what it is about. */
export const EXCERPT_LENGTH = 280;

export const excerptOf = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
};

/** Defaults for a member who never chose: e-mail for their own work, not for every new ticket. */
export const defaultEmailChoice: Record<NotificationKind, boolean> = {
  assigned: true,
  customer_replied: true,
  unassigned_ticket: false,
  mentioned: true,
};

export function wantsEmail(preferences: PreferenceRow | undefined, kind: NotificationKind): boolean {
  if (!preferences) return defaultEmailChoice[kind];
  switch (kind) {
    case "assigned":
      return preferences.emailAssigned;
    case "customer_replied":
      return preferences.emailCustomerReplied;
    case "unassigned_ticket":
      return preferences.emailUnassignedTicket;
    case "mentioned":
      return preferences.emailMentioned;
  }
}

export interface StaffNotice {
  kind: NotificationKind;
  ticketId: string;
  /** The staff member who made the change (never notified of it); null for a customer or the system. */
  actorStaffId: string | null;
  /** The new text (a reply, a note), shortened here. */
  text: string;
}

/** Notifies these people (the actor and unknown or inactive members left out). */
export async function notifyStaff(tx: DbClient, notice: StaffNotice, recipientIds: Iterable<string>) {
  const staff = await listNotifiableStaff(tx);
  const wanted = new Set(recipientIds);
  const recipients = staff.filter((member) => wanted.has(member.id) && member.id !== notice.actorStaffId);
  await record(
    tx,
    notice,
    recipients.map((member) => member.id),
  );
}

/**
 * A new ticket in the unassigned queue: for those who work tickets and asked for it (the actor
 * aside). Unlike the other kinds it is opt-in for the bell too: on a busy desk every new ticket
 * in everyone's bell would bury the notifications about their own work. `textOf` is asked only
 * when somebody wants to hear (filing a ticket stays one read when nobody does); null: no notice.
 */
export async function notifyTeam(
  tx: DbClient,
  notice: Omit<StaffNotice, "text">,
  textOf: () => Promise<string | null>,
) {
  const watchers = new Set(await findUnassignedTicketWatchers(tx));
  watchers.delete(notice.actorStaffId ?? "");
  if (watchers.size === 0) return;
  const text = await textOf();
  if (text === null) return;
  const staff = await listNotifiableStaff(tx);
  await record(
    tx,
    { ...notice, text },
    staff.filter((member) => watchers.has(member.id)).map((member) => member.id),
  );
}

/** The colleagues an internal note mentions as `@handle` (see mentions.ts), but its writer. */
export async function notifyMentioned(tx: DbClient, notice: Omit<StaffNotice, "kind">) {
  const staff = await listNotifiableStaff(tx);
  const mentioned = resolveMentions(notice.text, staff).filter((member) => member.id !== notice.actorStaffId);
  await record(
    tx,
    { ...notice, kind: "mentioned" },
    mentioned.map((member) => member.id),
  );
}

async function record(tx: DbClient, notice: StaffNotice, recipientIds: string[]) {
  if (recipientIds.length === 0) return;
  const excerpt = notice.kind === "assigned" ? "" : excerptOf(notice.text);
  const created = await insertNotifications(
    tx,
    recipientIds.map((recipientId) => ({
      recipientId,
      kind: notice.kind,
      ticketId: notice.ticketId,
      actorStaffId: notice.actorStaffId,
      excerpt,
    })),
  );
  const preferences = new Map(
    (await findPreferences(tx, recipientIds)).map((row) => [row.staffId, row] as const),
  );
  for (const row of created) {
    if (!wantsEmail(preferences.get(row.recipientId), notice.kind)) continue;
    await recordOutboxEvent(tx, {
      type: STAFF_NOTIFICATION_EVENT,
      ticketId: notice.ticketId,
      payload: { notificationId: row.id },
    });
  }
}

/** Erasure and retention, in the caller's transaction: notifications quoting these tickets go. */
export function forgetNotificationsAbout(tx: DbClient, ticketIds: string[]): Promise<number> {
  return deleteNotificationsAbout(tx, ticketIds);
}
