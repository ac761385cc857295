import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  type BusinessCalendar,
  businessMinutesBetween,
  defaultCalendar,
  isClosedOn,
  publicHolidaysNL,
} from "./business-calendar.ts";

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

// ─── The reference: look at every minute's wall clock on its own (Intl, not the module's offsets) ───

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string, instant: number) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
    });
    formatters.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(String(part.weekday));
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    weekday,
    minuteOfDay: Number(part.hour) * 60 + Number(part.minute),
  };
}

/** Whether the minute starting at `instant` is working time, decided from its wall clock alone. */
function referenceWorking(calendar: BusinessCalendar, instant: number): boolean {
  const wall = wallClock(calendar.timeZone, instant);
  if (isClosedOn(calendar, wall.date)) return false;
  return (calendar.weeklyHours[wall.weekday] ?? []).some(
    (hours) => hours.from <= wall.minuteOfDay && wall.minuteOfDay < hours.to,
  );
}

function referenceBetween(calendar: BusinessCalendar, a: number, b: number): number {
  let count = 0;
  for (let t = a; t < b; t += MINUTE) if (referenceWorking(calendar, t)) count++;
  return count;
}

function referenceAdd(calendar: BusinessCalendar, start: number, minutes: number): number {
  if (minutes === 0) return start;
  let count = 0;
  for (let t = start; ; t += MINUTE) {
    if (referenceWorking(calendar, t) && ++count === minutes) return t + MINUTE;
  }
}

// ─── Random calendars and instants, dense around DST changes, holidays and year ends ───

const interestingDays = [
  "2024-03-31", // DST starts
  "2024-10-27", // DST ends
  "2025-03-30",
  "2025-04-26", // King's Day on Saturday: 27 April 2025 is a Sunday
  "2025-05-05", // Liberation Day, a lustrum year
  "2025-10-26",
  "2025-12-25",
  "2026-01-01",
  "2026-04-03", // Good Friday (a working day)
  "2026-04-06", // Easter Monday
  "2026-04-27", // King's Day
  "2026-05-05", // Liberation Day, not a lustrum year
  "2026-05-14", // Ascension Day
  "2026-10-25",
  "2027-03-28",
  "2027-12-31",
  "2028-02-29",
  "2030-05-05",
  "2031-03-30",
];

const wholeMinute = (instant: number) => Math.floor(instant / MINUTE) * MINUTE;

const instantArbitrary = fc.oneof(
  fc
    .integer({ min: Date.UTC(2024, 0, 1) / MINUTE, max: Date.UTC(2031, 11, 31) / MINUTE })
    .map((m) => m * MINUTE),
  fc
    .tuple(fc.constantFrom(...interestingDays), fc.integer({ min: -4 * 24 * 60, max: 2 * 24 * 60 }))
    .map(([day, minutes]) => wholeMinute(Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE)),
);

/** Working hours per weekday: none, or one or two intervals anywhere in the day (night hours too). */
const dayHoursArbitrary = fc.oneof(
  { weight: 1, arbitrary: fc.constant([]) },
  {
    weight: 3,
    arbitrary: fc
      .uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 2, maxLength: 4 })
      .map((cuts) => cuts.sort((x, y) => x - y).map((cut) => cut * 30))
      .map((cuts) => {
        const intervals = [{ from: cuts[0] ?? 0, to: cuts[1] ?? 0 }];
        if (cuts.length === 4) intervals.push({ from: cuts[2] ?? 0, to: cuts[3] ?? 0 });
        return intervals;
      }),
  },
);

const calendarArbitrary: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    weeklyHours: fc.array(dayHoursArbitrary, { minLength: 7, maxLength: 7 }),
    dutchHolidays: fc.boolean(),
    closingDays: fc.array(fc.constantFrom(...interestingDays, "2026-12-24", "2027-01-04"), { maxLength: 3 }),
  })
  .filter(({ weeklyHours }) => weeklyHours.flat().reduce((sum, h) => sum + h.to - h.from, 0) >= 10 * 60)
  .map((calendar) => ({ timeZone: "Europe/Amsterdam", ...calendar }));

describe("business calendar, against a minute-by-minute reference", () => {
  it("counts the working minutes between two instants as the reference does", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        instantArbitrary,
        fc.integer({ min: 0, max: 12 * 24 * 60 }),
        (calendar, a, length) => {
          const b = a + length * MINUTE;
          expect(businessMinutesBetween(calendar, new Date(a), new Date(b))).toBe(
            referenceBetween(calendar, a, b),
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it("reaches the same instant as the reference when adding working minutes", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        instantArbitrary,
        fc.integer({ min: 0, max: 2400 }),
        (calendar, start, minutes) => {
          const due = addBusinessMinutes(calendar, new Date(start), minutes);
          expect(due.toISOString()).toBe(new Date(referenceAdd(calendar, start, minutes)).toISOString());
        },
      ),
      { numRuns: 120 },
    );
  });

  it("counts exactly the added minutes between a start and its due time, seconds included", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        instantArbitrary,
        fc.integer({ min: 0, max: 59_999 }),
        fc.integer({ min: 0, max: 5000 }),
        (calendar, start, millis, minutes) => {
          const from = new Date(start + millis);
          const due = addBusinessMinutes(calendar, from, minutes);
          expect(businessMinutesBetween(calendar, from, due)).toBeCloseTo(minutes, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("works in other zones too (the reference reads their wall clock)", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        fc.constantFrom("America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"),
        instantArbitrary,
        fc.integer({ min: 0, max: 8 * 24 * 60 }),
        (calendar, timeZone, a, length) => {
          const zoned = { ...calendar, timeZone };
          const b = a + length * MINUTE;
          expect(businessMinutesBetween(zoned, new Date(a), new Date(b))).toBe(referenceBetween(zoned, a, b));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("business calendar, hand-checked cases (Mon-Fri 09:00-17:00 Amsterdam, Dutch holidays)", () => {
  // [what, start, working minutes, due]: times in UTC; Amsterdam is UTC+1 in winter, UTC+2 in summer.
  const cases: [string, string, number, string][] = [
    ["Friday afternoon runs into Monday", "2026-11-27T15:30Z", 60, "2026-11-30T08:30Z"],
    ["from Saturday, Monday 09:00 on", "2026-11-28T11:00Z", 1, "2026-11-30T08:01Z"],
    ["a working day: Tuesday 10:00 to Wednesday 10:00", "2026-12-22T09:00Z", 480, "2026-12-23T09:00Z"],
    ["Christmas, Boxing Day and a weekend skipped", "2026-12-24T15:00Z", 120, "2026-12-28T09:00Z"],
    ["New Year's Day and a weekend skipped", "2026-12-31T15:00Z", 120, "2027-01-04T09:00Z"],
    ["King's Day 2026 (Monday 27 April)", "2026-04-24T14:00Z", 120, "2026-04-28T08:00Z"],
    ["King's Day 2025 on Saturday 26: Monday works", "2025-04-25T14:00Z", 120, "2025-04-28T08:00Z"],
    ["Good Friday works; a target ends at 17:00", "2026-04-02T14:00Z", 540, "2026-04-03T15:00Z"],
    ["Easter Monday is a holiday", "2026-04-02T14:00Z", 541, "2026-04-07T07:01Z"],
    ["Liberation Day 2025 (lustrum) is a holiday", "2025-05-05T08:00Z", 1, "2025-05-06T07:01Z"],
    ["Liberation Day 2026 is a working day", "2026-05-05T08:00Z", 1, "2026-05-05T08:01Z"],
    ["spring DST change: Monday 09:30 CEST", "2026-03-27T15:30Z", 60, "2026-03-30T07:30Z"],
    ["autumn DST change: Monday 10:00 CET", "2026-10-23T14:00Z", 120, "2026-10-26T09:00Z"],
    ["zero minutes: the start itself", "2026-11-28T11:00Z", 0, "2026-11-28T11:00Z"],
  ];
  it.each(cases)("%s", (_name, start, minutes, due) => {
    expect(addBusinessMinutes(defaultCalendar, at(start), minutes).toISOString()).toBe(at(due).toISOString());
  });

  it("knows the holidays of a year as date-holidays types them, with King's Day moved", () => {
    expect([...publicHolidaysNL(2025).keys()]).toEqual([
      "2025-01-01",
      "2025-04-20",
      "2025-04-21",
      "2025-04-26",
      "2025-05-05",
      "2025-05-29",
      "2025-06-08",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
    expect(publicHolidaysNL(2026).has("2026-05-05")).toBe(false);
    expect(publicHolidaysNL(2026).has("2026-04-03")).toBe(false);
  });

  it("counts a full working week as 40 hours, and nothing over a weekend with a DST change", () => {
    expect(
      businessMinutesBetween(defaultCalendar, at("2026-11-23T08:00:00Z"), at("2026-11-30T08:00:00Z")),
    ).toBe(2400);
    expect(
      businessMinutesBetween(defaultCalendar, at("2026-03-27T16:00:00Z"), at("2026-03-30T07:00:00Z")),
    ).toBe(0);
  });

  it("gives a 24-hour calendar 23 hours on the spring DST day and 25 on the autumn one", () => {
    const always: BusinessCalendar = {
      timeZone: "Europe/Amsterdam",
      weeklyHours: Array.from({ length: 7 }, () => [{ from: 0, to: 1440 }]),
      dutchHolidays: false,
      closingDays: [],
    };
    expect(businessMinutesBetween(always, at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"))).toBe(1380);
    expect(businessMinutesBetween(always, at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"))).toBe(1500);
  });

  it("skips an admin's closing day", () => {
    const closed = { ...defaultCalendar, closingDays: ["2026-12-28"] };
    expect(addBusinessMinutes(closed, at("2026-12-24T15:00:00Z"), 120).toISOString()).toBe(
      "2026-12-29T09:00:00.000Z",
    );
  });
});
