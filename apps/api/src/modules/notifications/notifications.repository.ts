// The only code that queries staff_notifications and notification_preferences.
import type { Language, NotificationKind } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";
import { STAFF_NOTIFICATIONS_CHANNEL } from "./notification-channel.ts";

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  ticketId: string;
  actorStaffId: string | null;
  excerpt: string;
}

const preferenceColumns = {
  staffId: true,
  emailAssigned: true,
  emailCustomerReplied: true,
  emailUnassignedTicket: true,
  emailMentioned: true,
  language: true,
} as const;

export type PreferenceRow = {
  staffId: string;
  emailAssigned: boolean;
  emailCustomerReplied: boolean;
  emailUnassignedTicket: boolean;
  emailMentioned: boolean;
  language: Language;
};

export function findPreferences(db: DbClient, staffIds: string[]): Promise<PreferenceRow[]> {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db.notificationPreferences.findMany({
    where: { staffId: { in: staffIds } },
    select: preferenceColumns,
  });
}

/** The members who switched on notifications of new unassigned tickets (they are off by default). */
export async function findUnassignedTicketWatchers(db: DbClient): Promise<string[]> {
  const rows = await db.notificationPreferences.findMany({
    where: { emailUnassignedTicket: true },
    select: { staffId: true },
  });
  return rows.map((row) => row.staffId);
}

export function upsertPreferences(db: DbClient, row: PreferenceRow): Promise<PreferenceRow> {
  const { staffId, ...values } = row;
  return db.notificationPreferences.upsert({
    where: { staffId },
    create: row,
    update: values,
    select: preferenceColumns,
  });
}

/** In the change's transaction: the rows, and a word to every process at COMMIT (none on rollback). */
export async function insertNotifications(
  tx: DbClient,
  rows: NewNotification[],
): Promise<{ id: string; recipientId: string }[]> {
  const created = await tx.staffNotification.createManyAndReturn({
    data: rows,
    select: { id: true, recipientId: true },
  });
  for (const recipientId of new Set(created.map((row) => row.recipientId))) {
    await tx.$executeRaw`SELECT pg_notify(${STAFF_NOTIFICATIONS_CHANNEL}, ${recipientId})`;
  }
  return created;
}

const listColumns = {
  id: true,
  kind: true,
  excerpt: true,
  readAt: true,
  createdAt: true,
  ticket: { select: { id: true, number: true, subject: true } },
  actorStaff: { select: { name: true } },
} as const;

export function listNotifications(
  db: DbClient,
  recipientId: string,
  options: { after: CursorPosition | undefined; unreadOnly: boolean; take: number },
) {
  return db.staffNotification.findMany({
    where: {
      recipientId,
      ...(options.unreadOnly ? { readAt: null } : {}),
      ...afterCursor(options.after, "desc"),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take,
    select: listColumns,
  });
}
export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

export function countUnread(db: DbClient, recipientId: string): Promise<number> {
  return db.staffNotification.count({ where: { recipientId, readAt: null } });
}

/** Marks one of the recipient's own notifications read (kept as first read); null: not theirs. */
export async function markRead(db: DbClient, recipientId: string, id: string, at: Date) {
  await db.staffNotification.updateMany({ where: { id, recipientId, readAt: null }, data: { readAt: at } });
  return db.staffNotification.findFirst({ where: { id, recipientId }, select: listColumns });
}

export async function markAllRead(db: DbClient, recipientId: string, at: Date): Promise<void> {
  await db.staffNotification.updateMany({ where: { recipientId, readAt: null }, data: { readAt: at } });
}

/** What the notification's e-mail says, and to whom (null when it or its recipient is gone). */
export function findNotificationForEmail(db: DbClient, id: string) {
  return db.staffNotification.findFirst({
    where: { id, recipient: { deactivatedAt: null } },
    select: {
      ...listColumns,
      recipient: {
        select: { email: true, name: true, notificationPreferences: { select: { language: true } } },
      },
    },
  });
}

/** Erasure and retention: the notifications about these tickets go (they quote the customer). */
export async function deleteNotificationsAbout(db: DbClient, ticketIds: string[]): Promise<number> {
  if (ticketIds.length === 0) return 0;
  const { count } = await db.staffNotification.deleteMany({ where: { ticketId: { in: ticketIds } } });
  return count;
}
