import {
  getNotificationPreferences,
  getUnreadNotificationCount,
  listMentionableStaff,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  updateNotificationPreferences,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { type EndpointRoute, route } from "../../http/endpoint.ts";
import type { NotificationsService } from "./notifications.service.ts";

export function notificationRoutes(notifications: NotificationsService): EndpointRoute[] {
  return [
    route(listNotifications, async ({ query, res }) => ({
      status: 200,
      body: await notifications.list(signedInActorOf(res), query),
    })),
    route(getUnreadNotificationCount, async ({ res }) => ({
      status: 200,
      body: await notifications.unreadCount(signedInActorOf(res)),
    })),
    route(listMentionableStaff, async ({ res }) => ({
      status: 200,
      body: await notifications.mentionable(signedInActorOf(res)),
    })),
    route(markAllNotificationsRead, async ({ res }) => ({
      status: 200,
      body: await notifications.markAllRead(signedInActorOf(res)),
    })),
    route(markNotificationRead, async ({ params, res }) => ({
      status: 200,
      body: await notifications.markRead(signedInActorOf(res), params.id),
    })),
    route(getNotificationPreferences, async ({ res }) => ({
      status: 200,
      body: await notifications.preferences(signedInActorOf(res)),
    })),
    route(updateNotificationPreferences, async ({ body, res }) => ({
      status: 200,
      body: await notifications.updatePreferences(signedInActorOf(res), body),
    })),
  ];
}
