import { describe, expect, it } from "vitest";
import { defaultCalendar as calendar } from "./business-calendar.ts";
import {
  awaitNextResponse,
  breachedTargets,
  clockMarks,
  meetResponse,
  pauseClock,
  resumeClock,
  retargetClock,
  type SlaTargets,
  startClock,
} from "./sla-clock.ts";

const at = (iso: string) => new Date(iso);
const standard: SlaTargets = {
  firstResponse: 240,
  nextResponse: 480,
  resolution: 1440,
  clock: "business",
  guaranteed: true,
};
// Monday 30 November 2026, 10:00 in Amsterdam (UTC+1).
const filed = at("2026-11-30T09:00:00Z");

describe("service-level clock (Mon-Fri 09:00-17:00 Amsterdam)", () => {
  it("starts first response and resolution, and warns at 80% of each", () => {
    const clock = startClock("standard", standard, calendar, filed);
    expect(clock.dues.first_response?.toISOString()).toBe("2026-11-30T13:00:00.000Z");
    expect(clock.dues.resolution?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
    // 80% of 240 working minutes: 192 minutes after 10:00 is 13:12.
    expect(clock.warnings.first_response?.toISOString()).toBe("2026-11-30T12:12:00.000Z");
    expect(clockMarks(clock)).toEqual({
      nextDueAt: at("2026-11-30T13:00:00Z"),
      warnAt: at("2026-11-30T12:12:00Z"),
      escalateAt: at("2026-11-30T13:00:00Z"),
    });
  });

  it("records a late first response as breached, and not a timely one", () => {
    const clock = startClock("standard", standard, calendar, filed);
    expect(meetResponse(clock, at("2026-11-30T12:59:00Z")).breached).toEqual([]);
    const late = meetResponse(clock, at("2026-11-30T13:01:00Z"));
    expect(late.breached).toEqual(["first_response"]);
    expect(late.dues.first_response).toBeUndefined();
    expect(breachedTargets(clock, at("2026-11-30T13:00:00Z"))).toEqual(["first_response"]);
  });

  it("runs the next response only after the first response was given", () => {
    const clock = startClock("standard", standard, calendar, filed);
    expect(awaitNextResponse(clock, calendar, at("2026-11-30T10:00:00Z"))).toBe(clock);
    const answered = meetResponse(clock, at("2026-11-30T10:00:00Z"));
    const waiting = awaitNextResponse(answered, calendar, at("2026-11-30T11:00:00Z"));
    // 480 working minutes from Monday 12:00 is Tuesday 12:00.
    expect(waiting.dues.next_response?.toISOString()).toBe("2026-12-01T11:00:00.000Z");
  });

  it("pauses and resumes with the working minutes that were left, over a weekend", () => {
    const clock = startClock("standard", standard, calendar, filed);
    // Paused Monday 12:00 (120 of 240 minutes left), resumed Friday 16:00: due Monday 10:00 after.
    const paused = pauseClock(clock, at("2026-11-30T11:00:00Z"));
    expect(clockMarks(paused)).toEqual({ nextDueAt: null, warnAt: null, escalateAt: null });
    const resumed = resumeClock(paused, calendar, at("2026-12-04T15:00:00Z"));
    expect(resumed.dues.first_response?.toISOString()).toBe("2026-12-07T09:00:00.000Z");
    expect(resumed.pausedMinutes).toBe(300 + 3 * 480 + 420);
    expect(resumed.pausedAt).toBeNull();
  });

  it("keeps the minutes used when the targets change, and is due at once when the new target is used up", () => {
    const clock = startClock("standard", standard, calendar, filed);
    const premiumUrgent: SlaTargets = {
      firstResponse: 30,
      nextResponse: 60,
      resolution: 240,
      clock: "calendar",
      guaranteed: true,
    };
    // 20 minutes used: 10 minutes of Premium urgent left.
    const faster = retargetClock(clock, "premium", premiumUrgent, calendar, at("2026-11-30T09:20:00Z"));
    expect(faster.level).toBe("premium");
    expect(faster.dues.first_response?.toISOString()).toBe("2026-11-30T09:30:00.000Z");
    const usedUp = retargetClock(clock, "premium", premiumUrgent, calendar, at("2026-11-30T10:00:00Z"));
    expect(usedUp.dues.first_response?.toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });
});
