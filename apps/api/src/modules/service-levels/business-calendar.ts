// Business-time arithmetic: which instants are working time under a calendar (working hours per
// weekday in one time zone, Dutch public holidays, closing days), how far a number of working
// minutes reaches, and how many working minutes lie between two instants. Pure functions.
//
// Working time is defined on the wall clock: an instant is working time when its local date (in the
// calendar's zone) is a working day and its local time of day lies in one of that weekday's
// intervals. The timeline is cut where the zone's UTC offset changes (DST); within a piece the wall
// clock is the instant plus one fixed offset, so a piece maps to wall-clock intervals exactly, also
// on the days when an hour is skipped or repeated.
import { tzOffset } from "@date-fns/tz";
import Holidays from "date-holidays";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A working interval in local minutes of the day, `from` included, `to` excluded (0..1440). */
export interface WorkingInterval {
  from: number;
  to: number;
}

export interface BusinessCalendar {
  /** IANA zone, e.g. Europe/Amsterdam. */
  timeZone: string;
  /** Seven entries, Monday first (ISO weekday 1 at index 0); sorted, non-overlapping intervals. */
  weeklyHours: readonly (readonly WorkingInterval[])[];
  /** Dutch public holidays are days off (see publicHolidaysNL). */
  dutchHolidays: boolean;
  /** Further days off, as local dates `YYYY-MM-DD`. */
  closingDays: readonly string[];
}

/** Mon-Fri 09:00-17:00 in Europe/Amsterdam, with the Dutch public holidays: the seeded calendar. */
export const defaultCalendar: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => (day < 5 ? [{ from: 9 * 60, to: 17 * 60 }] : [])),
  dutchHolidays: true,
  closingDays: [],
};

const holidayCalendar = new Holidays("NL");
const holidaysByYear = new Map<number, Map<string, string>>();

/**
 * The Dutch public holidays of a year, date -> name: every day `date-holidays` types `public` for
 * NL (New Year, Easter Sunday and Monday, King's Day, moved to Saturday 26 April when the 27th is a
 * Sunday, Ascension Day, Whit Sunday and Monday, Christmas and Boxing Day), plus Liberation Day
 * (5 May) in lustrum years (2025, 2030, ...), as most collective agreements give it. Good Friday
 * and Liberation Day in other years are working days; add them as closing days when the firm is
 * closed.
 */
export function publicHolidaysNL(year: number): Map<string, string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    for (const holiday of holidayCalendar.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      const liberationDay = date.endsWith("-05-05") && year % 5 === 0;
      if (holiday.type === "public" || liberationDay) days.set(date, holiday.name);
    }
    holidaysByYear.set(year, days);
  }
  return days;
}

/** `YYYY-MM-DD` of a wall-clock time held as a UTC timestamp. */
const wallDate = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/** Whether the local date is a working day at all (not a holiday or closing day). */
export function isClosedOn(calendar: BusinessCalendar, date: string): boolean {
  if (calendar.closingDays.includes(date)) return true;
  return calendar.dutchHolidays && publicHolidaysNL(Number(date.slice(0, 4))).has(date);
}

const offsetAt = (calendar: BusinessCalendar, instant: number) =>
  tzOffset(calendar.timeZone, new Date(instant)) * MINUTE;

/**
 * Pieces of [from, to) with one UTC offset each, cut at most a day long (zones change their offset
 * at most once a day, on a whole minute).
 */
function constantOffsetPieces(calendar: BusinessCalendar, from: number, until: number) {
  const pieces: { from: number; to: number; offset: number }[] = [];
  let start = from;
  while (start < until) {
    const to = Math.min(until, start + DAY);
    const offset = offsetAt(calendar, start);
    let end = to;
    if (offsetAt(calendar, to - 1) !== offset) {
      // Binary search for the first minute with another offset (at most one change a day).
      let low = Math.floor(start / MINUTE) * MINUTE;
      let high = Math.ceil((to - 1) / MINUTE) * MINUTE;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
        if (offsetAt(calendar, middle) === offset) low = middle;
        else high = middle;
      }
      end = Math.max(high, start + 1);
    }
    pieces.push({ from: start, to: end, offset });
    start = end;
  }
  return pieces;
}

/** The working intervals (UTC instants) within [from, to), in order. */
function workingIntervals(calendar: BusinessCalendar, from: number, to: number) {
  const intervals: { from: number; to: number }[] = [];
  for (const piece of constantOffsetPieces(calendar, from, to)) {
    const wallFrom = piece.from + piece.offset;
    const wallTo = piece.to + piece.offset;
    for (let day = Math.floor(wallFrom / DAY) * DAY; day < wallTo; day += DAY) {
      if (isClosedOn(calendar, wallDate(day))) continue;
      const weekday = (new Date(day).getUTCDay() + 6) % 7;
      for (const hours of calendar.weeklyHours[weekday] ?? []) {
        const start = Math.max(day + hours.from * MINUTE, wallFrom);
        const end = Math.min(day + hours.to * MINUTE, wallTo);
        if (start < end) intervals.push({ from: start - piece.offset, to: end - piece.offset });
      }
    }
  }
  return intervals;
}

/** The working intervals within [from, to), in order (e.g. to cut appointment slots from them). */
export function workingIntervalsBetween(calendar: BusinessCalendar, from: Date, to: Date) {
  return workingIntervals(calendar, from.getTime(), to.getTime()).map((interval) => ({
    from: new Date(interval.from),
    to: new Date(interval.to),
  }));
}

/** The local date (`YYYY-MM-DD`) of an instant in the calendar's zone. */
export function localDateOf(calendar: Pick<BusinessCalendar, "timeZone">, instant: Date): string {
  return wallDate(instant.getTime() + tzOffset(calendar.timeZone, instant) * MINUTE);
}

/** The instant a local date (`YYYY-MM-DD`) begins in the calendar's zone. */
export function startOfLocalDate(calendar: Pick<BusinessCalendar, "timeZone">, date: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const guess = wall - tzOffset(calendar.timeZone, new Date(wall)) * MINUTE;
  return new Date(wall - tzOffset(calendar.timeZone, new Date(guess)) * MINUTE);
}

/** How far ahead addBusinessMinutes looks before it calls a calendar one without working time. */
const SEARCH_LIMIT = 3 * 366 * DAY;

/**
 * The instant at which `minutes` working minutes after `start` have passed: the end of the last of
 * them. Zero minutes is `start` itself. Throws when the calendar has no working time for years.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  if (minutes < 0) throw new RangeError("minutes must not be negative");
  let left = minutes * MINUTE;
  if (left === 0) return new Date(start.getTime());
  for (let chunk = start.getTime(); chunk < start.getTime() + SEARCH_LIMIT; chunk += 7 * DAY) {
    for (const interval of workingIntervals(calendar, chunk, chunk + 7 * DAY)) {
      const length = interval.to - interval.from;
      if (left <= length) return new Date(interval.from + left);
      left -= length;
    }
  }
  throw new RangeError("the calendar has no working time in the next three years");
}

/** Working minutes in [a, b) (negative when b is before a); fractions of a minute count as such. */
export function businessMinutesBetween(calendar: BusinessCalendar, a: Date, b: Date): number {
  if (b.getTime() < a.getTime()) return -businessMinutesBetween(calendar, b, a);
  let total = 0;
  for (const interval of workingIntervals(calendar, a.getTime(), b.getTime())) {
    total += interval.to - interval.from;
  }
  return total / MINUTE;
}

/** Whether an instant is working time under the calendar. */
export function isWorkingTime(calendar: BusinessCalendar, instant: Date): boolean {
  return businessMinutesBetween(calendar, instant, new Date(instant.getTime() + 1)) > 0;
}

/** The local date (`YYYY-MM-DD`) of the Monday of the instant's ISO week, in the calendar's zone. */
export function localWeekStart(calendar: Pick<BusinessCalendar, "timeZone">, instant: Date): string {
  const wall = instant.getTime() + tzOffset(calendar.timeZone, instant) * MINUTE;
  const day = Math.floor(wall / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return wallDate(day - weekday * DAY);
}

/** The instant the local day of `instant` ends (the next local midnight) in the calendar's zone. */
export function endOfLocalDay(calendar: Pick<BusinessCalendar, "timeZone">, instant: Date): Date {
  const offset = tzOffset(calendar.timeZone, instant) * MINUTE;
  const midnight = (Math.floor((instant.getTime() + offset) / DAY) + 1) * DAY;
  const guess = midnight - offset;
  return new Date(midnight - tzOffset(calendar.timeZone, new Date(guess)) * MINUTE);
}
