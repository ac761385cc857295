// A ticket's service-level clocks, as pure functions: started when it is filed, met by a team reply,
// restarted (next response) by a customer message, paused while the ticket waits on the customer or
// is solved, resumed with the time that was left, recomputed when its level or priority changes.
// The tickets module stores the result in the ticket's columns (see toSlaColumns).
import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween } from "./business-calendar.ts";

export const slaTargetNames = ["first_response", "next_response", "resolution"] as const;
export type SlaTargetName = (typeof slaTargetNames)[number];
export type ServiceLevelName = "best_effort" | "standard" | "premium";

/** What a policy gives a ticket: minutes per target, on the business calendar or around the clock. */
export interface SlaTargets {
  firstResponse: number;
  nextResponse: number;
  resolution: number;
  clock: "business" | "calendar";
  guaranteed: boolean;
}

export interface SlaClock {
  level: ServiceLevelName | null;
  targets: SlaTargets | null;
  /** Due times of the running targets; frozen while paused. */
  dues: Partial<Record<SlaTargetName, Date>>;
  /** When to warn about each running target that was not warned about yet (80% of it used). */
  warnings: Partial<Record<SlaTargetName, Date>>;
  firstRespondedAt: Date | null;
  pausedAt: Date | null;
  pausedMinutes: number;
  breached: SlaTargetName[];
}

/** Share of a target used when the assignee is warned. */
export const WARN_AT_SHARE = 0.8;

const minutesOf = (targets: SlaTargets, name: SlaTargetName) =>
  name === "first_response"
    ? targets.firstResponse
    : name === "next_response"
      ? targets.nextResponse
      : targets.resolution;

/** The clock arithmetic of a target set: working minutes, or plain minutes for a 24x7 level. */
export function timerFor(calendar: BusinessCalendar, targets: Pick<SlaTargets, "clock">) {
  if (targets.clock === "calendar") {
    return {
      add: (from: Date, minutes: number) => new Date(from.getTime() + Math.round(minutes * 60_000)),
      between: (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000,
    };
  }
  return {
    add: (from: Date, minutes: number) => addBusinessMinutes(calendar, from, minutes),
    between: (a: Date, b: Date) => businessMinutesBetween(calendar, a, b),
  };
}
type Timer = ReturnType<typeof timerFor>;

const copy = (clock: SlaClock): SlaClock => ({
  ...clock,
  dues: { ...clock.dues },
  warnings: { ...clock.warnings },
  breached: [...clock.breached],
});

/** Runs a target from `from` with `remaining` of its `full` minutes left. */
function runTarget(
  clock: SlaClock,
  name: SlaTargetName,
  from: Date,
  remaining: number,
  full: number,
  timer: Timer,
) {
  clock.dues[name] = remaining > 0 ? timer.add(from, remaining) : from;
  const beforeWarning = remaining - (1 - WARN_AT_SHARE) * full;
  if (remaining > 0) clock.warnings[name] = beforeWarning > 0 ? timer.add(from, beforeWarning) : from;
  else delete clock.warnings[name];
}

const noteBreach = (clock: SlaClock, name: SlaTargetName) => {
  if (!clock.breached.includes(name)) clock.breached.push(name);
};

/** The clocks of a new ticket: first response and resolution run from `now`. */
export function startClock(
  level: ServiceLevelName,
  targets: SlaTargets,
  calendar: BusinessCalendar,
  now: Date,
): SlaClock {
  const clock: SlaClock = {
    level,
    targets,
    dues: {},
    warnings: {},
    firstRespondedAt: null,
    pausedAt: null,
    pausedMinutes: 0,
    breached: [],
  };
  const timer = timerFor(calendar, targets);
  runTarget(clock, "first_response", now, targets.firstResponse, targets.firstResponse, timer);
  runTarget(clock, "resolution", now, targets.resolution, targets.resolution, timer);
  return clock;
}

/** A public team reply meets the first or next response target (late: it is noted as breached). */
export function meetResponse(current: SlaClock, now: Date): SlaClock {
  const clock = copy(current);
  const effective = clock.pausedAt ?? now;
  for (const name of ["first_response", "next_response"] as const) {
    const due = clock.dues[name];
    if (!due) continue;
    if (effective.getTime() > due.getTime()) noteBreach(clock, name);
    if (name === "first_response") clock.firstRespondedAt = now;
    delete clock.dues[name];
    delete clock.warnings[name];
  }
  return clock;
}

/** A customer message after the first response waits for the team: the next-response target runs. */
export function awaitNextResponse(current: SlaClock, calendar: BusinessCalendar, now: Date): SlaClock {
  if (!current.targets || current.dues.first_response || current.dues.next_response) return current;
  if (!current.dues.resolution && !current.firstRespondedAt) return current;
  const clock = copy(current);
  const full = current.targets.nextResponse;
  runTarget(clock, "next_response", clock.pausedAt ?? now, full, full, timerFor(calendar, current.targets));
  return clock;
}

/** The ticket waits on the customer, or is solved: every clock stands still. */
export function pauseClock(current: SlaClock, now: Date): SlaClock {
  if (current.pausedAt || Object.keys(current.dues).length === 0) return current;
  return { ...copy(current), pausedAt: now };
}

/** The clocks run again with the time each had left when they stopped. */
export function resumeClock(current: SlaClock, calendar: BusinessCalendar, now: Date): SlaClock {
  const { pausedAt, targets } = current;
  if (!pausedAt || !targets) return current;
  const timer = timerFor(calendar, targets);
  const clock = copy(current);
  const shift = (instant: Date) => {
    const left = timer.between(pausedAt, instant);
    return left > 0 ? timer.add(now, left) : instant;
  };
  for (const name of slaTargetNames) {
    const due = clock.dues[name];
    const warning = clock.warnings[name];
    if (due) clock.dues[name] = shift(due);
    if (warning) clock.warnings[name] = shift(warning);
  }
  clock.pausedMinutes += Math.round(timer.between(pausedAt, now));
  clock.pausedAt = null;
  return clock;
}

/** Closed: nothing runs any more. */
export function stopClock(current: SlaClock): SlaClock {
  return { ...copy(current), dues: {}, warnings: {}, pausedAt: null };
}

/**
 * New level or targets (priority, service or customer level changed, or an admin asked for it):
 * each running target keeps the minutes it used and gets the new target's length. A target whose
 * new length is used up already is due at once.
 */
export function retargetClock(
  current: SlaClock,
  level: ServiceLevelName,
  targets: SlaTargets,
  calendar: BusinessCalendar,
  now: Date,
): SlaClock {
  const clock = copy(current);
  clock.level = level;
  clock.targets = targets;
  const previous = current.targets;
  if (!previous) return clock;
  const at = current.pausedAt ?? now;
  const oldTimer = timerFor(calendar, previous);
  const newTimer = timerFor(calendar, targets);
  for (const name of slaTargetNames) {
    const due = current.dues[name];
    if (!due) continue;
    const used = minutesOf(previous, name) - oldTimer.between(at, due);
    const full = minutesOf(targets, name);
    runTarget(clock, name, at, full - used, full, newTimer);
  }
  return clock;
}

const earliest = (instants: (Date | undefined)[]): Date | null =>
  instants.reduce<Date | null>(
    (first, instant) => (instant && (!first || instant.getTime() < first.getTime()) ? instant : first),
    null,
  );

/** The due times as shown: null when a target is not running (met, paused, stopped). */
export function runningDues(clock: SlaClock): Record<SlaTargetName, Date | null> {
  const running = (name: SlaTargetName) => (clock.pausedAt ? null : (clock.dues[name] ?? null));
  return {
    first_response: running("first_response"),
    next_response: running("next_response"),
    resolution: running("resolution"),
  };
}

/** Targets missed so far: recorded ones and running ones past their due time. */
export function breachedTargets(clock: SlaClock, now: Date): SlaTargetName[] {
  const dues = runningDues(clock);
  const overdue = slaTargetNames.filter((name) => (dues[name]?.getTime() ?? Infinity) <= now.getTime());
  return slaTargetNames.filter((name) => clock.breached.includes(name) || overdue.includes(name));
}

/** The instants the queue and the jobs look at. */
export function clockMarks(clock: SlaClock) {
  const dues = runningDues(clock);
  const unbreached = slaTargetNames.filter((name) => !clock.breached.includes(name));
  return {
    nextDueAt: earliest(Object.values(dues).map((due) => due ?? undefined)),
    warnAt: clock.pausedAt ? null : earliest(Object.values(clock.warnings)),
    escalateAt: earliest(unbreached.map((name) => dues[name] ?? undefined)),
  };
}
