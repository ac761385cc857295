// Slots are cut from the service calendar's working intervals (opening hours without holidays and
// closing days, docs/adr/0008-service-level-calendar.md): from the start of each interval, as many
// whole slots as fit. A slot that has begun is in the past and never offered or booked.
import {
  type BusinessCalendar,
  localDateOf,
  startOfLocalDate,
  workingIntervalsBetween,
} from "../service-levels/service-levels.module.ts";

const MINUTE = 60_000;

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** The local date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The slots of the local days [fromDate, fromDate + days) that start after `now`. */
export function slotsOf(
  calendar: BusinessCalendar,
  slotMinutes: number,
  fromDate: string,
  days: number,
  now: Date,
): Slot[] {
  const from = startOfLocalDate(calendar, fromDate);
  const to = startOfLocalDate(calendar, addDays(fromDate, days));
  const length = slotMinutes * MINUTE;
  const slots: Slot[] = [];
  for (const interval of workingIntervalsBetween(calendar, from, to)) {
    for (let start = interval.from.getTime(); start + length <= interval.to.getTime(); start += length) {
      if (start > now.getTime()) slots.push({ startsAt: new Date(start), endsAt: new Date(start + length) });
    }
  }
  return slots;
}

/** The slot starting at `startsAt` (in the future, on an open day, in opening hours), if there is one. */
export function slotAt(calendar: BusinessCalendar, slotMinutes: number, startsAt: Date, now: Date) {
  const slots = slotsOf(calendar, slotMinutes, localDateOf(calendar, startsAt), 1, now);
  return slots.find((slot) => slot.startsAt.getTime() === startsAt.getTime());
}

/** Places left in a slot: its capacity less the appointments that overlap it. */
export function placesLeft(slot: Slot, booked: readonly Slot[], capacity: number): number {
  const taken = booked.filter((b) => b.startsAt < slot.endsAt && b.endsAt > slot.startsAt).length;
  return Math.max(0, capacity - taken);
}
