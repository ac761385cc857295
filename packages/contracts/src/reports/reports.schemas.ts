import { z } from "zod";
import { serviceLevelSchema } from "../customers/customers.schemas.ts";
import { ticketCategorySchema, ticketChannelSchema } from "../tickets/ticket-attributes.ts";

// Reports (docs/adr/0016-reports-rollups-and-charts.md): figures for a period of local dates (the
// business calendar's zone), each next to the same figure for the previous period of equal length.

/** The longest period a report covers: two years of days (a leap day included). */
export const MAX_REPORT_DAYS = 731;
const DAY = 24 * 3600_000;

export const reportGroupingSchema = z.enum(["day", "week", "month"]);
export type ReportGrouping = z.infer<typeof reportGroupingSchema>;

/** Days from `from` to `to`, both included. */
export const reportDays = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;

/** The period of equal length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = reportDays(from, to);
  const start = Date.parse(`${from}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(start - days * DAY), to: iso(start - DAY) };
}

export const reportQuerySchema = z
  .object({
    /** First local date of the period. */
    from: z.iso.date().meta({ examples: ["2026-11-01"] }),
    /** Last local date of the period (included). */
    to: z.iso.date().meta({ examples: ["2026-11-28"] }),
    grouping: reportGroupingSchema.default("day"),
  })
  .superRefine((query, context) => {
    const days = reportDays(query.from, query.to);
    if (days < 1) {
      context.addIssue({ code: "custom", path: ["to"], message: "The period ends before it starts" });
    } else if (days > MAX_REPORT_DAYS) {
      context.addIssue({ code: "custom", path: ["to"], message: "A report covers at most 2 years" });
    }
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** Each figure of the report, as a CSV download. */
export const reportFigureSchema = z.enum([
  "tickets",
  "backlog",
  "response-times",
  "service-levels",
  "deflection",
  "top-articles",
  "unanswered-queries",
  "satisfaction",
  "billable",
]);
export type ReportFigure = z.infer<typeof reportFigureSchema>;
export const reportFigureParamsSchema = z.object({ figure: reportFigureSchema });

const count = z.number().int().min(0);
const minutes = z.number().nullable();

const ticketsFigure = z.object({
  total: count,
  /** Tickets filed per bucket (the first local date of the day, week or month) and channel. */
  byChannel: z.array(z.object({ bucket: z.iso.date(), channel: ticketChannelSchema, tickets: count })),
  byCategory: z.array(z.object({ bucket: z.iso.date(), category: ticketCategorySchema, tickets: count })),
});

/**
 * Tickets filed and not yet solved at the end of each bucket (new, open, pending or on hold); and of
 * those, waiting on the team (`open`: new, open, on hold) and on the customer (`pending`) at the end
 * of the bucket's last day the rollup job captured, `null` for days before it first ran.
 */
const backlogFigure = z.array(
  z.object({ bucket: z.iso.date(), unsolved: count, open: count.nullable(), pending: count.nullable() }),
);

/** Working minutes (business calendar), of the tickets filed in the period. */
const responseTimesFigure = z.object({
  firstResponse: z.object({ tickets: count, medianMinutes: minutes, p90Minutes: minutes }),
  resolution: z.object({ tickets: count, medianMinutes: minutes, p90Minutes: minutes }),
});

const serviceLevelsFigure = z.array(
  z.object({
    level: serviceLevelSchema,
    tickets: count,
    /** Of the tickets whose first response came or was missed: within target. */
    firstResponseMet: count,
    firstResponseKnown: count,
    resolutionMet: count,
    resolutionKnown: count,
  }),
);

const deflectionFigure = z.object({
  /** Ticket forms in which anything happened. */
  sessions: count,
  /** Forms that were shown at least one suggestion. */
  shown: count,
  /** Forms in which a suggestion was clicked (several clicks count once). */
  clicked: count,
  /** Clicked, then left without a ticket: the question was answered. */
  deflected: count,
  /** Clicked, and still filed a ticket. */
  submittedAnyway: count,
});

const topArticlesFigure = z.array(
  z.object({ articleId: z.uuid(), title: z.string(), deflected: count, clicked: count }),
);
const unansweredQueriesFigure = z.array(z.object({ query: z.string(), sessions: count }));

const satisfactionFigure = z.object({
  ratings: count,
  good: count,
  bad: count,
  /** good / ratings; null without ratings. */
  goodShare: z.number().nullable(),
  comments: count,
  reviewClicks: count,
});

/** Billable 15-minute blocks per billing month of the period (rounded per ticket per month). */
const billableFigure = z.array(z.object({ month: z.string(), tickets: count, blocks: count }));

export const reportFiguresSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  tickets: ticketsFigure,
  backlog: backlogFigure,
  responseTimes: responseTimesFigure,
  serviceLevels: serviceLevelsFigure,
  deflection: deflectionFigure,
  topArticles: topArticlesFigure,
  unansweredQueries: unansweredQueriesFigure,
  satisfaction: satisfactionFigure,
  billable: billableFigure,
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportSchema = z
  .object({
    grouping: reportGroupingSchema,
    /** The business calendar's zone the dates are in. */
    timeZone: z.string(),
    current: reportFiguresSchema,
    previous: reportFiguresSchema,
  })
  .meta({ id: "Report" });
export type Report = z.infer<typeof reportSchema>;
