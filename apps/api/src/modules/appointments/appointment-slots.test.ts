import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../service-levels/service-levels.module.ts";
import { placesLeft, slotAt, slotsOf } from "./appointment-slots.ts";

const local = (slots: { startsAt: Date }[]) =>
  slots.map((slot) =>
    slot.startsAt.toLocaleTimeString("nl-NL", {
      timeZone: "Europe/Amsterdam",
      hour: "2-digit",
      minute: "2-digit",
    }),
  );

describe("appointment slots", () => {
  const earlier = new Date("2026-01-01T00:00:00Z");

  it("cuts a working day into whole slots from opening to closing time", () => {
    const monday = slotsOf(defaultCalendar, 30, "2026-11-30", 1, earlier);
    expect(monday).toHaveLength(16);
    expect(local(monday).slice(0, 2)).toEqual(["09:00", "09:30"]);
    expect(local(monday).at(-1)).toBe("16:30");
    expect(slotsOf(defaultCalendar, 45, "2026-11-30", 1, earlier)).toHaveLength(10);
  });

  it("offers nothing on a weekend, a public holiday or a closing day", () => {
    expect(slotsOf(defaultCalendar, 30, "2026-11-28", 2, earlier)).toEqual([]);
    expect(slotsOf(defaultCalendar, 30, "2026-12-25", 1, earlier)).toEqual([]);
    const closed = { ...defaultCalendar, closingDays: ["2026-12-01"] };
    expect(slotsOf(closed, 30, "2026-12-01", 1, earlier)).toEqual([]);
  });

  it("offers no slot that has begun, and finds a slot only at its exact start", () => {
    const now = new Date("2026-11-30T09:10:00Z"); // 10:10 in Amsterdam
    expect(local(slotsOf(defaultCalendar, 30, "2026-11-30", 1, now))[0]).toBe("10:30");
    expect(slotAt(defaultCalendar, 30, new Date("2026-11-30T09:00:00Z"), now)).toBeUndefined();
    expect(slotAt(defaultCalendar, 30, new Date("2026-11-30T09:30:00Z"), now)).toBeDefined();
    expect(slotAt(defaultCalendar, 30, new Date("2026-11-30T09:40:00Z"), now)).toBeUndefined();
  });

  it("counts overlapping appointments against the capacity", () => {
    const slot = { startsAt: new Date("2026-11-30T09:30:00Z"), endsAt: new Date("2026-11-30T10:00:00Z") };
    const hour = { startsAt: new Date("2026-11-30T09:00:00Z"), endsAt: new Date("2026-11-30T10:00:00Z") };
    expect(placesLeft(slot, [], 2)).toBe(2);
    expect(placesLeft(slot, [hour], 2)).toBe(1);
    expect(placesLeft(slot, [hour, slot, slot], 2)).toBe(0);
  });
});
