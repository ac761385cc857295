import type { Dictionary } from "../../../i18n/messages.ts";
import { notificationsEn } from "./notifications.en.ts";
import { notificationsNl } from "./notifications.nl.ts";

/** The bell in the agent header and the notification preferences page. */
export const notificationsMessages: Dictionary<typeof notificationsNl> = {
  nl: notificationsNl,
  en: notificationsEn,
};
