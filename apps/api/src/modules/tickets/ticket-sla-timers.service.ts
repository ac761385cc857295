// The service-level timers: warn when 80% of a target is used, escalate when it is missed. Each
// ticket is claimed with its row locked (SKIP LOCKED), handled and released in one transaction that
// also moves its marks on and writes the audit events and the warning e-mail to the outbox: with
// several API processes each warning and escalation happens once, and after a restart the marks in
// the database say what is still to do.
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { runningDues, type SlaClock, slaTargetNames } from "../service-levels/service-levels.module.ts";
import { recordDomainEvent, recordTicketEvent } from "./ticket-events.ts";
import { claimDueTicket } from "./ticket-sla.repository.ts";
import { clockOf, columnsOf } from "./ticket-sla.ts";
import * as tickets from "./tickets.repository.ts";

const system = { kind: "system" } as const;
const nextPriority = { low: "normal", normal: "high", high: "urgent", urgent: "urgent" } as const;

export function createSlaTimers({ db }: { db: Database }) {
  /** Warns about one ticket whose warning time passed; false when there is none. */
  const warnOne = (now: Date) =>
    inWriteTransaction(db, async (tx) => {
      const id = await claimDueTicket(tx, "warn", now);
      if (!id) return false;
      const clock = clockOf(await tickets.findSlaFacts(tx, id));
      const dues = runningDues(clock);
      const warnings: SlaClock["warnings"] = { ...clock.warnings };
      for (const target of slaTargetNames) {
        const at = clock.warnings[target];
        if (!at || at.getTime() > now.getTime()) continue;
        delete warnings[target];
        const dueAt = dues[target]?.toISOString();
        if (!dueAt) continue;
        await recordTicketEvent(tx, id, system, "sla_warning_sent", { after: { target, dueAt } });
        await recordDomainEvent(tx, id, "ticket.sla_warning", { target, dueAt });
      }
      await tickets.updateSla(tx, id, columnsOf({ ...clock, warnings }));
      return true;
    });

  /** Records the missed targets of one ticket and raises its priority a step; false when none. */
  const escalateOne = (now: Date) =>
    inWriteTransaction(db, async (tx) => {
      const id = await claimDueTicket(tx, "escalate", now);
      if (!id) return false;
      const facts = await tickets.findSlaFacts(tx, id);
      const clock = clockOf(facts);
      const dues = runningDues(clock);
      const missed = slaTargetNames.filter(
        (target) =>
          !clock.breached.includes(target) && (dues[target]?.getTime() ?? Infinity) <= now.getTime(),
      );
      for (const target of missed) {
        await recordTicketEvent(tx, id, system, "sla_breached", {
          after: { target, dueAt: dues[target]?.toISOString() },
        });
      }
      // Up one step, targets unchanged: recomputing them would hide the breach.
      const priority = missed.length > 0 ? nextPriority[facts.priority] : facts.priority;
      if (priority !== facts.priority) {
        await recordTicketEvent(tx, id, system, "priority_changed", {
          before: facts.priority,
          after: priority,
        });
      }
      await tickets.updateSla(tx, id, {
        ...columnsOf({ ...clock, breached: [...clock.breached, ...missed] }),
        priority,
      });
      return true;
    });

  return {
    /** Handles what is due now, at most `limit` tickets of each kind; returns how many. */
    async runOnce(now = new Date(), limit = 100) {
      let warned = 0;
      let escalated = 0;
      while (warned < limit && (await warnOne(now))) warned++;
      while (escalated < limit && (await escalateOne(now))) escalated++;
      return { warned, escalated };
    },
  };
}
export type SlaTimers = ReturnType<typeof createSlaTimers>;
