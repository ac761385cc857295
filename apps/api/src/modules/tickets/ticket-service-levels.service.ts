// Service levels across tickets: recomputing the due times when an admin asks (after a policy,
// calendar or customer level change), and the report of first responses per level and week.
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import {
  businessMinutesBetween,
  loadCalendar,
  localWeekStart,
  type ServiceLevelName,
} from "../service-levels/service-levels.module.ts";
import type { TicketsServiceDeps } from "./ticket-context.ts";
import * as slaRows from "./ticket-sla.repository.ts";
import { recomputeTicketClock } from "./ticket-sla.ts";

const DAY = 24 * 3600_000;
const BATCH = 200;

const isAdmin = (actor: SignedInActor) => actor.kind === "staff" && actor.role === "admin";
const readsReports = (actor: SignedInActor) =>
  actor.kind === "staff" && (actor.role === "admin" || actor.role === "customer_service");

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function createTicketServiceLevels({ db }: TicketsServiceDeps) {
  return {
    /** Gives tickets the level and targets that apply now; each one moved is on its audit trail. */
    async recomputeServiceLevels(actor: SignedInActor, which: "open" | string[]) {
      if (!isAdmin(actor)) denyAsNotFound();
      let recomputed = 0;
      const recompute = async (id: string) => {
        const moved = await inWriteTransaction(db, (tx) =>
          recomputeTicketClock(tx, id, actor, "recompute_requested"),
        );
        if (moved) recomputed++;
      };
      if (which !== "open") {
        for (const id of which) await recompute(id);
        return { recomputed };
      }
      let after: string | null = null;
      for (;;) {
        const ids = await slaRows.listOpenTicketIds(db, after, BATCH);
        for (const id of ids) await recompute(id);
        if (ids.length < BATCH) return { recomputed };
        after = ids.at(-1) ?? null;
      }
    },

    /**
     * Per level and ISO week (in the calendar's zone) of filing: how many tickets, the share whose
     * first response met its target (of those answered or recorded as missed), and the median time
     * to the first response in working hours.
     */
    async serviceLevelReport(actor: SignedInActor, weeks: number, now = new Date()) {
      if (!readsReports(actor)) denyAsNotFound();
      const calendar = await loadCalendar(db);
      const since = new Date(
        `${localWeekStart(calendar, new Date(now.getTime() - (weeks - 1) * 7 * DAY))}T00:00:00Z`,
      );
      // A day early: the local Monday starts up to 14 hours before UTC midnight; filtered below.
      const rows = await slaRows.listFirstResponseFacts(db, new Date(since.getTime() - DAY));
      const sinceWeek = localWeekStart(calendar, new Date(since.getTime() + DAY));
      const groups = new Map<
        string,
        {
          level: ServiceLevelName;
          week: string;
          tickets: number;
          met: number;
          known: number;
          minutes: number[];
        }
      >();
      for (const row of rows) {
        const week = localWeekStart(calendar, row.createdAt);
        if (!row.slaLevel || week < sinceWeek) continue;
        const key = `${week} ${row.slaLevel}`;
        const group = groups.get(key) ?? {
          level: row.slaLevel,
          week,
          tickets: 0,
          met: 0,
          known: 0,
          minutes: [],
        };
        groups.set(key, group);
        group.tickets++;
        const missed = row.slaBreached.includes("first_response");
        if (row.firstRespondedAt || missed) group.known++;
        if (row.firstRespondedAt && !missed) group.met++;
        if (row.firstRespondedAt)
          group.minutes.push(businessMinutesBetween(calendar, row.createdAt, row.firstRespondedAt));
      }
      const items = [...groups.values()]
        .sort((a, b) => (a.week === b.week ? a.level.localeCompare(b.level) : a.week.localeCompare(b.week)))
        .map((group) => {
          const medianMinutes = median(group.minutes);
          return {
            level: group.level,
            week: group.week,
            tickets: group.tickets,
            firstResponseMetShare: group.known ? group.met / group.known : null,
            medianFirstResponseHours:
              medianMinutes === null ? null : Math.round((medianMinutes / 60) * 100) / 100,
          };
        });
      return { items };
    },
  };
}
