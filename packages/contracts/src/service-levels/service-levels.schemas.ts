import { z } from "zod";
import { serviceLevelSchema } from "../customers/customers.schemas.ts";
import { ticketPrioritySchema } from "../tickets/ticket-attributes.ts";

// Service-level policies and the business calendar they are counted on (admins).

/** The longest target we accept: 90 days of minutes. Anything longer is a typo, not a promise. */
export const MAX_TARGET_MINUTES = 90 * 24 * 60;

const targetMinutes = z.number().int().min(1).max(MAX_TARGET_MINUTES);

export const targetClockSchema = z.enum(["business", "calendar"]);

export const serviceLevelPolicyInputSchema = z
  .object({
    /** Until the team's first public reply. */
    firstResponseMinutes: targetMinutes,
    /** Until the team answers a customer message that came after the first response. */
    nextResponseMinutes: targetMinutes,
    /** Until the ticket is solved (paused while it waits on the customer). */
    resolutionMinutes: targetMinutes,
    /** `business`: working minutes of the calendar; `calendar`: around the clock (24x7). */
    clock: targetClockSchema,
    /** Guaranteed targets are promised "at the latest"; others as "usually within". */
    guaranteed: z.boolean(),
  })
  .superRefine((policy, context) => {
    if (policy.resolutionMinutes < policy.firstResponseMinutes) {
      context.addIssue({
        code: "custom",
        path: ["resolutionMinutes"],
        message: "The resolution target cannot be shorter than the first-response target",
      });
    }
  })
  .meta({ id: "ServiceLevelPolicyInput" });

export const serviceLevelPolicySchema = z
  .object({
    level: serviceLevelSchema,
    priority: ticketPrioritySchema,
    firstResponseMinutes: z.number().int(),
    nextResponseMinutes: z.number().int(),
    resolutionMinutes: z.number().int(),
    clock: targetClockSchema,
    guaranteed: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ServiceLevelPolicy" });

export const serviceLevelPolicyListSchema = z
  .object({ items: z.array(serviceLevelPolicySchema) })
  .meta({ id: "ServiceLevelPolicyList" });

export const policyParamsSchema = z.object({ level: serviceLevelSchema, priority: ticketPrioritySchema });

const clockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "A time HH:MM from 00:00 to 24:00")
  .meta({ examples: ["09:00"] });
/** "HH:MM" -> minutes of the day ("24:00" is 1440). */
export const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Working hours of one weekday: intervals from..to, in order, not overlapping. */
const dayHoursSchema = z.array(z.object({ from: clockTime, to: clockTime })).max(4);

/** Whether this runtime knows the IANA time zone (the API's and the browser's both do). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const localDate = z.iso.date();

export const serviceCalendarSchema = z
  .object({
    /** IANA time zone, e.g. Europe/Amsterdam. */
    timeZone: z
      .string()
      .min(1)
      .max(64)
      .refine(isKnownTimeZone, "Unknown time zone")
      .meta({ examples: ["Europe/Amsterdam"] }),
    /** Seven days, Monday first; an empty day is closed. */
    weeklyHours: z
      .array(dayHoursSchema)
      .length(7)
      .meta({
        examples: [[0, 1, 2, 3, 4, 5, 6].map((day) => (day < 5 ? [{ from: "09:00", to: "17:00" }] : []))],
      }),
    /** Dutch public holidays are days off (docs/adr/0008-service-level-calendar.md). */
    dutchHolidays: z.boolean(),
    /** The firm's own closing days, as local dates. */
    closingDays: z.array(localDate).max(366),
  })
  .superRefine((calendar, context) => {
    calendar.weeklyHours.forEach((day, weekday) => {
      let previousEnd = -1;
      day.forEach((hours, index) => {
        const from = minutesOfDay(hours.from);
        const to = minutesOfDay(hours.to);
        if (to <= from) {
          context.addIssue({
            code: "custom",
            path: ["weeklyHours", weekday, index, "to"],
            message: "Working hours must end after they start",
          });
        } else if (from < previousEnd) {
          context.addIssue({
            code: "custom",
            path: ["weeklyHours", weekday, index, "from"],
            message: "Working hours overlap the interval before (list them in order)",
          });
        }
        previousEnd = Math.max(previousEnd, to);
      });
    });
    if (calendar.weeklyHours.every((day) => day.length === 0)) {
      context.addIssue({
        code: "custom",
        path: ["weeklyHours"],
        message: "Give working hours on at least one day",
      });
    }
  })
  .meta({ id: "ServiceCalendar" });

export const recomputeRequestSchema = z
  .object({
    /** Every ticket whose clocks run (`open`), or the tickets named. */
    tickets: z.union([z.literal("open"), z.array(z.uuid()).min(1).max(1000)]),
  })
  .meta({ id: "ServiceLevelRecompute" });

export const recomputeResultSchema = z
  .object({ recomputed: z.number().int().nonnegative() })
  .meta({ id: "ServiceLevelRecomputeResult" });

export const serviceLevelReportQuerySchema = z.object({
  /** Weeks back from the current one (ISO weeks, in the calendar's time zone). */
  weeks: z.coerce.number().int().min(1).max(52).default(8),
});

export const serviceLevelReportSchema = z
  .object({
    items: z.array(
      z.object({
        level: serviceLevelSchema,
        /** Monday of the ISO week, a local date. */
        week: z.iso.date(),
        /** Tickets filed that week with a first-response target. */
        tickets: z.number().int().nonnegative(),
        /** Of those answered, the share answered within the target (0..1); null when none was answered. */
        firstResponseMetShare: z.number().min(0).max(1).nullable(),
        /** Median time to the first response in working hours; null when none was answered. */
        medianFirstResponseHours: z.number().nonnegative().nullable(),
      }),
    ),
  })
  .meta({ id: "ServiceLevelReport" });
