import type { Language } from "@helpdesk/contracts";

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** "23 nov 2026, 14:05" in the visitor's language. */
export const formatDateTime = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );

export const formatDate = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: "long" }).format(new Date(iso));

/** A calendar day (`1980-02-29`, e.g. a date of birth) in words, the same day in every time zone. */
export const formatCalendarDay = (day: string, language: Language) =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );

/** 1.2 MB, 340 kB, 12 B */
export function formatSize(bytes: number, language: Language): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${number(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024)} kB`;
  return `${bytes} B`;
}
