// The ticket's service-level clocks, kept in its columns: read them, let a rule of sla-clock.ts move
// them, write them back in the change's own transaction, and put recomputations on the record.
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { BusinessCalendar } from "../service-levels/service-levels.module.ts";
import {
  awaitNextResponse,
  breachedTargets,
  clockMarks,
  levelForTicket,
  loadCalendar,
  meetResponse,
  pauseClock,
  resumeClock,
  retargetClock,
  runningDues,
  type ServiceLevelName,
  type SlaClock,
  type SlaTargetName,
  type SlaTargets,
  slaTargetNames,
  startClock,
  stopClock,
  targetsFor,
} from "../service-levels/service-levels.module.ts";
import { type EventActor, recordTicketEvent } from "./ticket-events.ts";
import * as tickets from "./tickets.repository.ts";

const dueColumn = {
  first_response: "firstResponseDueAt",
  next_response: "nextResponseDueAt",
  resolution: "resolutionDueAt",
} as const satisfies Record<SlaTargetName, keyof tickets.SlaFactsRow>;

const isTargetName = (name: string): name is SlaTargetName =>
  (slaTargetNames as readonly string[]).includes(name);

/** The clock as stored in a ticket's columns. */
export function clockOf(
  row: Omit<tickets.SlaFactsRow, "status" | "priority" | "customerId" | "serviceId">,
): SlaClock {
  const dues: SlaClock["dues"] = {};
  for (const name of slaTargetNames) {
    const due = row[dueColumn[name]];
    if (due) dues[name] = due;
  }
  const warnings: SlaClock["warnings"] = {};
  const storedWarnings = (row.slaWarnings ?? {}) as Record<string, string>;
  for (const [name, at] of Object.entries(storedWarnings))
    if (isTargetName(name)) warnings[name] = new Date(at);
  return {
    level: row.slaLevel,
    targets: (row.slaTargets as SlaTargets | null) ?? null,
    dues,
    warnings,
    firstRespondedAt: row.firstRespondedAt,
    pausedAt: row.slaPausedAt,
    pausedMinutes: row.slaPausedMinutes,
    breached: row.slaBreached.filter(isTargetName),
  };
}

/** The columns that store a clock, with the marks the queue and the jobs index on. */
export function columnsOf(clock: SlaClock): tickets.SlaColumns {
  const marks = clockMarks(clock);
  const warnings = Object.fromEntries(
    Object.entries(clock.warnings).map(([name, at]) => [name, at.toISOString()]),
  );
  return {
    slaLevel: clock.level,
    slaTargets: (clock.targets ?? undefined) as Prisma.InputJsonValue | undefined,
    firstResponseDueAt: clock.dues.first_response ?? null,
    nextResponseDueAt: clock.dues.next_response ?? null,
    resolutionDueAt: clock.dues.resolution ?? null,
    firstRespondedAt: clock.firstRespondedAt,
    slaWarnings: warnings,
    slaPausedAt: clock.pausedAt,
    slaPausedMinutes: clock.pausedMinutes,
    slaBreached: clock.breached,
    slaNextDueAt: marks.nextDueAt,
    slaWarnAt: marks.warnAt,
    slaEscalateAt: marks.escalateAt,
  };
}

/** Due times as the audit trail records them. */
const auditOf = (clock: SlaClock) => ({
  level: clock.level,
  firstResponseDueAt: clock.dues.first_response?.toISOString() ?? null,
  nextResponseDueAt: clock.dues.next_response?.toISOString() ?? null,
  resolutionDueAt: clock.dues.resolution?.toISOString() ?? null,
});

/** Moves a ticket's clocks by one rule, inside the change's transaction. */
export async function moveClock(
  tx: DbClient,
  ticketId: string,
  rule: (clock: SlaClock, calendar: BusinessCalendar) => SlaClock,
): Promise<SlaClock> {
  const current = clockOf(await tickets.findSlaFacts(tx, ticketId));
  const next = rule(current, await loadCalendar(tx));
  if (next !== current) await tickets.updateSla(tx, ticketId, columnsOf(next));
  return next;
}

/**
 * The clocks a new ticket starts with (its level, the policy for its priority, from now), worked
 * out before the ticket is written so that its insert carries them; null when no policy applies.
 * `record` is the audit entry to add once the ticket exists.
 */
export async function clockForNewTicket(
  tx: DbClient,
  ticket: { customerId: string | null; serviceId: string | null; priority: tickets.TicketState["priority"] },
  now = new Date(),
) {
  const level = await levelForTicket(tx, ticket);
  const targets = await targetsFor(tx, level, ticket.priority);
  if (!targets) return null;
  const clock = startClock(level, targets, await loadCalendar(tx), now);
  return { columns: columnsOf(clock), record: { after: { ...auditOf(clock), targets } } };
}

/** Starts the clocks of a ticket written without them: its level, the policy for its priority, from now. */
export async function startTicketClock(tx: DbClient, ticketId: string, actor: EventActor, now = new Date()) {
  const started = await clockForNewTicket(tx, await tickets.findSlaFacts(tx, ticketId), now);
  if (!started) return;
  await tickets.updateSla(tx, ticketId, started.columns);
  await recordTicketEvent(tx, ticketId, actor, "sla_started", started.record);
}

/**
 * Gives the ticket the level and targets that apply now (after a priority or service change, or when
 * an admin asks for it): running targets keep the minutes they used. Recorded when anything moved.
 */
export async function recomputeTicketClock(
  tx: DbClient,
  ticketId: string,
  actor: EventActor,
  reason: string,
  now = new Date(),
): Promise<boolean> {
  const facts = await tickets.findSlaFacts(tx, ticketId);
  const current = clockOf(facts);
  const level: ServiceLevelName = await levelForTicket(tx, facts);
  const targets = await targetsFor(tx, level, facts.priority);
  if (!targets) return false;
  const calendar = await loadCalendar(tx);
  const next = current.targets ? retargetClock(current, level, targets, calendar, now) : null;
  if (!next) {
    // A ticket from before service levels, still open: its clocks start now.
    if (facts.status === "closed" || facts.status === "solved") return false;
    await startTicketClock(tx, ticketId, actor, now);
    return true;
  }
  const before = auditOf(current);
  const after = auditOf(next);
  if (
    JSON.stringify(before) === JSON.stringify(after) &&
    JSON.stringify(current.targets) === JSON.stringify(targets)
  )
    return false;
  await tickets.updateSla(tx, ticketId, columnsOf(next));
  await recordTicketEvent(tx, ticketId, actor, "sla_recomputed", {
    before: { ...before, targets: current.targets },
    after: { ...after, targets, reason },
  });
  return true;
}

/**
 * A status change moves the clocks: `pending` (waiting on the customer) and `solved` stop them,
 * any other open status runs them again with the time they had left, `closed` ends them. `on_hold`
 * (waiting on a third party) does not stop them: the customer is still waiting on us.
 */
export async function followStatus(tx: DbClient, ticketId: string, status: string, now = new Date()) {
  if (status === "closed") return moveClock(tx, ticketId, stopClock);
  if (status === "pending" || status === "solved")
    return moveClock(tx, ticketId, (clock) => pauseClock(clock, now));
  return moveClock(tx, ticketId, (clock, calendar) => resumeClock(clock, calendar, now));
}

/** A public reply: the team's meets the response target, the customer's starts the next one. */
export async function followReply(tx: DbClient, ticketId: string, by: "team" | "customer", now = new Date()) {
  return moveClock(tx, ticketId, (clock, calendar) =>
    by === "team" ? meetResponse(clock, now) : awaitNextResponse(clock, calendar, now),
  );
}

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

/** Staff: the level, the running targets' due times, what was missed, whether the clocks stand still. */
export function presentSla(row: Parameters<typeof clockOf>[0], now = new Date()) {
  const clock = clockOf(row);
  const dues = runningDues(clock);
  return {
    level: clock.level,
    firstResponseDueAt: iso(dues.first_response),
    nextResponseDueAt: iso(dues.next_response),
    resolutionDueAt: iso(dues.resolution),
    breached: breachedTargets(clock, now),
    paused: clock.pausedAt !== null,
  };
}

/**
 * Customers: the promise, no internal targets. When the team answers at the latest (the running
 * first or next response), and whether that is guaranteed. Tickets from before service levels are
 * Best Effort.
 */
export function presentCustomerPromise(row: {
  slaLevel: ServiceLevelName | null;
  slaTargets: unknown;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  slaPausedAt: Date | null;
}) {
  const running = row.slaPausedAt ? null : (row.firstResponseDueAt ?? row.nextResponseDueAt);
  const targets = row.slaTargets as SlaTargets | null;
  const minutes = row.firstResponseDueAt ? targets?.firstResponse : targets?.nextResponse;
  return {
    serviceLevel: row.slaLevel ?? ("best_effort" as const),
    expectedResponseBy: iso(running),
    responseGuaranteed: targets?.guaranteed === true,
    responseTarget: targets && minutes ? { minutes, clock: targets.clock } : null,
  };
}
