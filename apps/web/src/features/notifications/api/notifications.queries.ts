import {
  getNotificationPreferences,
  getUnreadNotificationCount,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationPreferences,
  updateNotificationPreferences,
} from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";
import { notificationKeys } from "./notification-keys.ts";

export { notificationKeys };

export const unreadCountQuery = () =>
  queryOptions({
    queryKey: notificationKeys.count(),
    queryFn: ({ signal }) => request(getUnreadNotificationCount, {}, { signal }),
    // A tab whose stream was down a while still catches up.
    refetchInterval: 60_000,
  });

export const notificationListQuery = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => request(listNotifications, { query: { limit: 20 } }, { signal }),
  });

export const notificationPreferencesQuery = () =>
  queryOptions({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => request(getNotificationPreferences, {}, { signal }),
  });

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(markNotificationRead, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(markAllNotificationsRead),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => request(updateNotificationPreferences, { body }),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved),
  });
}
