// Admins read and set the service-level policies and the business calendar. Changing them gives no
// ticket new due times: tickets keep the targets they were given until recomputation is asked for.
import type { serviceCalendarSchema, serviceLevelPolicyInputSchema } from "@helpdesk/contracts";
import type { z } from "zod";
import type { Database } from "../../db/prisma.ts";
import { denyAsNotFound } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { defaultCalendar } from "./business-calendar.ts";
import * as repository from "./service-levels.repository.ts";

type PolicyInput = z.output<typeof serviceLevelPolicyInputSchema>;
type CalendarInput = z.output<typeof serviceCalendarSchema>;

/** Service levels are the admins' to set. */
export const canManageServiceLevels = (actor: SignedInActor) =>
  actor.kind === "staff" && actor.role === "admin";

const presentPolicy = (row: repository.PolicyRow) => ({ ...row, updatedAt: row.updatedAt.toISOString() });

const clockTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The seeded calendar, in the contract's shape (for an installation without a stored one). */
const defaultCalendarInput: CalendarInput = {
  timeZone: defaultCalendar.timeZone,
  weeklyHours: defaultCalendar.weeklyHours.map((day) =>
    day.map((hours) => ({ from: clockTime(hours.from), to: clockTime(hours.to) })),
  ),
  dutchHolidays: defaultCalendar.dutchHolidays,
  closingDays: [...defaultCalendar.closingDays],
};

const presentCalendar = (row: repository.CalendarRow | null): CalendarInput =>
  row
    ? {
        timeZone: row.timeZone,
        weeklyHours: row.weeklyHours as CalendarInput["weeklyHours"],
        dutchHolidays: row.dutchHolidays,
        closingDays: row.closingDays,
      }
    : defaultCalendarInput;

export function createServiceLevelsService({ db }: { db: Database }) {
  const requireAdmin = (actor: SignedInActor) => {
    if (!canManageServiceLevels(actor)) denyAsNotFound();
  };
  return {
    async listPolicies(actor: SignedInActor) {
      requireAdmin(actor);
      return { items: (await repository.listPolicies(db)).map(presentPolicy) };
    },

    async updatePolicy(actor: SignedInActor, key: repository.PolicyKey, input: PolicyInput) {
      requireAdmin(actor);
      return presentPolicy(await repository.savePolicy(db, { ...key, ...input }));
    },

    async getCalendar(actor: SignedInActor) {
      requireAdmin(actor);
      return presentCalendar(await repository.findCalendar(db));
    },

    async updateCalendar(actor: SignedInActor, input: CalendarInput) {
      requireAdmin(actor);
      const closingDays = [...new Set(input.closingDays)].sort();
      return presentCalendar(await repository.saveCalendar(db, { ...input, closingDays }));
    },
  };
}
export type ServiceLevelsService = ReturnType<typeof createServiceLevelsService>;
