import { centsToEuro, type Language } from "@helpdesk/contracts";

/** Cents as the reader writes euro: "€ 25,00" in Dutch, "€25.00" in English. */
export const formatEuro = (cents: number, language: Language): string =>
  language === "nl" ? `€ ${centsToEuro(cents).replace(".", ",")}` : `€${centsToEuro(cents)}`;

/** `2026-11` as "november 2026" / "November 2026". */
export const formatMonth = (month: string, language: Language): string =>
  new Intl.DateTimeFormat(language === "nl" ? "nl-NL" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));

/** The current month as `YYYY-MM` in Amsterdam time. */
export const currentMonth = (now = new Date()): string =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
  }).format(now);

/** Today as `YYYY-MM-DD` in Amsterdam time: the latest date of work the API accepts. */
export const todayInAmsterdam = (now = new Date()): string =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
