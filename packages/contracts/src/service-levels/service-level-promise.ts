// The promise a customer reads on their ticket page and in the confirmation e-mail, in their own
// language: Best Effort "usually within", guaranteed levels "at the latest". One source for the API's
// e-mails and the web app, so both say the same.
import type { Language } from "../identity/identity.schemas.ts";

export interface ResponsePromise {
  /** When the team answers at the latest. */
  dueAt: string;
  guaranteed: boolean;
  /** The response target: working minutes (`business`) or minutes around the clock. */
  minutes: number;
  clock: "business" | "calendar";
}

const WORKING_DAY = 8 * 60;

function duration(minutes: number, clock: "business" | "calendar", language: Language): string {
  const nl = language === "nl";
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (clock === "business" && minutes % WORKING_DAY === 0) {
    const days = minutes / WORKING_DAY;
    return nl ? plural(days, "werkdag", "werkdagen") : plural(days, "working day", "working days");
  }
  if (clock === "calendar" && minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return nl ? plural(days, "dag", "dagen") : plural(days, "day", "days");
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    if (clock === "business") return nl ? `${hours} werkuur` : plural(hours, "working hour", "working hours");
    return nl ? `${hours} uur` : plural(hours, "hour", "hours");
  }
  return nl ? plural(minutes, "minuut", "minuten") : plural(minutes, "minute", "minutes");
}

/** "maandag 30 november om 10:00" / "Monday 30 November at 10:00 (Amsterdam time)". */
export function formatPromiseTime(iso: string, language: Language): string {
  const date = new Date(iso);
  const { day, time } = promiseTimeFormats(language);
  return language === "nl"
    ? `${day.format(date)} om ${time.format(date)}`
    : `${day.format(date)} at ${time.format(date)} (Amsterdam time)`;
}

// Made once per language: building a formatter costs far more than using one (every ticket
// confirmation states its promise).
const formats = new Map<Language, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function promiseTimeFormats(language: Language) {
  let made = formats.get(language);
  if (!made) {
    const locale = language === "nl" ? "nl-NL" : "en-GB";
    const zone = { timeZone: "Europe/Amsterdam" } as const;
    made = {
      day: new Intl.DateTimeFormat(locale, { ...zone, weekday: "long", day: "numeric", month: "long" }),
      time: new Intl.DateTimeFormat(locale, { ...zone, hour: "2-digit", minute: "2-digit" }),
    };
    formats.set(language, made);
  }
  return made;
}

/** The sentence that states the promise. */
export function describeResponsePromise(promise: ResponsePromise, language: Language): string {
  const by = formatPromiseTime(promise.dueAt, language);
  if (promise.guaranteed) {
    return language === "nl" ? `Gegarandeerde reactie uiterlijk ${by}.` : `Guaranteed response by ${by}.`;
  }
  const within = duration(promise.minutes, promise.clock, language);
  return language === "nl"
    ? `We reageren doorgaans binnen ${within}, uiterlijk ${by}.`
    : `We usually reply within ${within}, by ${by} at the latest.`;
}
