import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  listNotificationsQuerySchema,
  mentionableStaffSchema,
  notificationIdParamsSchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  notificationSchema,
  unreadNotificationCountSchema,
} from "./notifications.schemas.ts";

export const listNotifications = defineEndpoint({
  method: "GET",
  path: "/notifications",
  summary: "Your notifications, newest first (`unread=true`: only unread), with the unread count",
  tag: "Notifications",
  query: listNotificationsQuerySchema,
  responses: { 200: notificationPageSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const getUnreadNotificationCount = defineEndpoint({
  method: "GET",
  path: "/notifications/unread-count",
  summary: "How many of your notifications are unread (the bell)",
  tag: "Notifications",
  responses: { 200: unreadNotificationCountSchema, 401: problemSchema, 404: problemSchema },
});

export const markNotificationRead = defineEndpoint({
  method: "POST",
  path: "/notifications/:id/read",
  summary: "Marks one of your notifications read",
  tag: "Notifications",
  params: notificationIdParamsSchema,
  responses: { 200: notificationSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const markAllNotificationsRead = defineEndpoint({
  method: "POST",
  path: "/notifications/read-all",
  summary: "Marks all your notifications read",
  tag: "Notifications",
  responses: { 200: unreadNotificationCountSchema, 401: problemSchema, 404: problemSchema },
});

export const getNotificationPreferences = defineEndpoint({
  method: "GET",
  path: "/notification-preferences",
  summary: "Which of your notifications also come by e-mail, and in which language",
  tag: "Notifications",
  responses: { 200: notificationPreferencesSchema, 401: problemSchema, 404: problemSchema },
});

export const updateNotificationPreferences = defineEndpoint({
  method: "PUT",
  path: "/notification-preferences",
  summary: "Sets which of your notifications also come by e-mail, and in which language",
  tag: "Notifications",
  body: notificationPreferencesSchema,
  responses: {
    200: notificationPreferencesSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
  },
});

export const listMentionableStaff = defineEndpoint({
  method: "GET",
  path: "/notifications/mentionable",
  summary: "Colleagues an internal note can mention as `@handle` (the part of their address before the @)",
  tag: "Notifications",
  responses: { 200: mentionableStaffSchema, 401: problemSchema, 404: problemSchema },
});
