import type { Language } from "@helpdesk/contracts";

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** "23 nov 2026, 14:05" in the visitor's language. */
export const formatDateTime = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );

export const formatDate = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: "long" }).format(new Date(iso));

/** 1.2 MB, 340 kB, 12 B */
export function formatSize(bytes: number, language: Language): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${number(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024)} kB`;
  return `${bytes} B`;
}
