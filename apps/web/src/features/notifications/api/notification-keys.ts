// Kept apart from the queries: the live stream (in every signed-in tab) only needs the keys.
/** Query keys of the bell; a `notification` frame on the live stream invalidates `all`. */
export const notificationKeys = {
  all: ["notifications"] as const,
  count: () => [...notificationKeys.all, "count"] as const,
  list: () => [...notificationKeys.all, "list"] as const,
  preferences: ["notification-preferences"] as const,
};
