import type { Language } from "@helpdesk/contracts";

/** Appointments are planned on the office's clock, whatever the visitor's own zone. */
export const OFFICE_TIME_ZONE = "Europe/Amsterdam";
const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

export const formatDay = (language: Language, iso: string) =>
  new Date(iso).toLocaleDateString(locales[language], {
    timeZone: OFFICE_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
  });

export const formatTime = (language: Language, iso: string) =>
  new Date(iso).toLocaleTimeString(locales[language], {
    timeZone: OFFICE_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
  });

/** The office's local date (`YYYY-MM-DD`) of an instant. */
export const officeDate = (iso: string | Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: OFFICE_TIME_ZONE }).format(new Date(iso));
