// What other modules ask of service levels: which level a ticket gets, the targets of a level and
// priority, and the business calendar they are counted on.
import { minutesOfDay } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { findServiceLevels } from "../customers/customer-accounts.ts";
import { type BusinessCalendar, defaultCalendar, publicHolidaysNL } from "./business-calendar.ts";
import * as repository from "./service-levels.repository.ts";
import type { ServiceLevelName, SlaTargets } from "./sla-clock.ts";

export const serviceLevelRank: Record<ServiceLevelName, number> = { best_effort: 0, standard: 1, premium: 2 };

type Priority = repository.PolicyKey["priority"];

/**
 * The level that applies to a ticket: its service's, else the highest among the customer's
 * services, else Best Effort (guests with no services, callers without a record).
 */
export async function levelForTicket(
  db: DbClient,
  ticket: { customerId: string | null; serviceId: string | null },
): Promise<ServiceLevelName> {
  if (!ticket.customerId) return "best_effort";
  const services = await findServiceLevels(db, ticket.customerId);
  const chosen = services.find((service) => service.id === ticket.serviceId);
  if (chosen) return chosen.serviceLevel;
  return services.reduce<ServiceLevelName>(
    (best, service) =>
      serviceLevelRank[service.serviceLevel] > serviceLevelRank[best] ? service.serviceLevel : best,
    "best_effort",
  );
}

/** The targets a level promises for a priority; without a policy row, nothing runs (null). */
export async function targetsFor(
  db: DbClient,
  level: ServiceLevelName,
  priority: Priority,
): Promise<SlaTargets | null> {
  const policy = await repository.findPolicy(db, { level, priority });
  if (!policy) return null;
  return {
    firstResponse: policy.firstResponseMinutes,
    nextResponse: policy.nextResponseMinutes,
    resolution: policy.resolutionMinutes,
    clock: policy.clock,
    guaranteed: policy.guaranteed,
  };
}

export interface WeeklyHours {
  from: string;
  to: string;
}

export function toBusinessCalendar(row: repository.CalendarRow): BusinessCalendar {
  const week = row.weeklyHours as unknown as WeeklyHours[][];
  return {
    timeZone: row.timeZone,
    weeklyHours: week.map((day) =>
      day.map((hours) => ({ from: minutesOfDay(hours.from), to: minutesOfDay(hours.to) })),
    ),
    dutchHolidays: row.dutchHolidays,
    closingDays: row.closingDays,
  };
}

/** The business calendar as the admins set it (the seeded one when none is stored). */
export async function loadCalendar(db: DbClient): Promise<BusinessCalendar> {
  const row = await repository.findCalendar(db);
  return row ? toBusinessCalendar(row) : defaultCalendar;
}

/**
 * Reads the calendar once and works out this year's and next year's holidays (tens of ms of
 * main-thread CPU), so that the first ticket after a start does not wait on them.
 */
export async function warmUpCalendar(db: DbClient, now = new Date()): Promise<void> {
  await loadCalendar(db);
  const year = now.getUTCFullYear();
  publicHolidaysNL(year);
  publicHolidaysNL(year + 1);
}
