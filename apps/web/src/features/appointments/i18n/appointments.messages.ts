import type { Dictionary } from "../../../i18n/messages.ts";
import { appointmentsEn } from "./appointments.en.ts";
import { appointmentsNl } from "./appointments.nl.ts";

/** Remote-support appointments: the slot picker, the ticket's appointment, staff's day list, settings. */
export const appointmentsMessages: Dictionary<typeof appointmentsNl> = {
  nl: appointmentsNl,
  en: appointmentsEn,
};
