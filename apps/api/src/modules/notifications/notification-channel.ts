/**
 * The PostgreSQL channel a new notification is announced on (at COMMIT), with its recipient's staff
 * id: the live streams of that member's tabs tell the bell to reload (modules/live/live-hub.ts).
 */
export const STAFF_NOTIFICATIONS_CHANNEL = "staff_notifications";
