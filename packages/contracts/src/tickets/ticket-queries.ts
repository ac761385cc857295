import { z } from "zod";
import { cursorQuerySchema, updatedSinceSchema } from "../common/pagination.ts";
import { type QueueView, queueViewNames } from "./queue-views.ts";
import { ticketCategorySchema, ticketPrioritySchema, ticketStatusSchema } from "./ticket-attributes.ts";

// The ticket list's filters and counts, and the path parameters of the ticket endpoints.

/** Comma-separated values in a query string, e.g. `status=new,open`: at least one, at most `max`. */
export const csv = <T extends z.ZodType>(item: T, max = 100) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).min(1).max(max),
  );

export const ticketListQuerySchema = cursorQuerySchema.extend({
  status: csv(ticketStatusSchema).optional(),
  category: csv(ticketCategorySchema).optional(),
  priority: csv(ticketPrioritySchema).optional(),
  /** Staff only: `me`, `none` or a staff id. */
  assignee: z.union([z.literal("me"), z.literal("none"), z.uuid()]).optional(),
  /** Staff only: `false` lists tickets from addresses nobody proved to own. */
  verified: z.enum(["true", "false"]).optional(),
  /** Staff only: the tickets of this customer (the customer page lists them). */
  customer: z.uuid().optional(),
  /** Free text over number, subject, messages and the requester's name or address. */
  q: z.string().trim().min(1).max(200).optional(),
  /** Staff only: `true` lists tickets with a missed service-level target (recorded or running late). */
  breached: z.enum(["true", "false"]).optional(),
  /** Staff only: `true` lists tickets snoozed until a later moment, `false` those that are not (now). */
  snoozed: z.enum(["true", "false"]).optional(),
  /** Staff only: `today` lists tickets whose next target falls before the end of today (or is overdue). */
  due: z.enum(["today"]).optional(),
  updated_since: updatedSinceSchema,
  /** `due`: the next due time first (tickets without a running target last); staff only. */
  sort: z.enum(["oldest", "newest", "due"]).default("newest"),
});

/** The list's filters without paging or order: what the counts are taken over. */
export const ticketCountsQuerySchema = ticketListQuerySchema.omit({ cursor: true, limit: true, sort: true });

const ticketCount = z.number().int().nonnegative();
export const ticketCountsSchema = z
  .object({
    /** Tickets matching every filter of the query: the length of the list with the same query. */
    total: ticketCount,
    /**
     * Per queue view: its own status and assignee, with the query's other filters (category,
     * priority, verified, q), as the list shows after switching to that view.
     */
    views: z.object(
      Object.fromEntries(queueViewNames.map((view) => [view, ticketCount])) as Record<
        QueueView,
        typeof ticketCount
      >,
    ),
    /** Open tickets with the query's other filters: with a missed target, and due before the day ends. */
    sla: z.object({ breached: ticketCount, dueToday: ticketCount }),
    /** Counting stops here: a count that reached it is `cap` and flagged in `capped` ("more than"). */
    cap: ticketCount,
    /** Per count above: true when there are more than `cap` (the number is then `cap`, not exact). */
    capped: z.object({
      total: z.boolean(),
      views: z.object(
        Object.fromEntries(queueViewNames.map((view) => [view, z.boolean()])) as Record<
          QueueView,
          z.ZodBoolean
        >,
      ),
      sla: z.object({ breached: z.boolean(), dueToday: z.boolean() }),
    }),
  })
  .meta({ id: "TicketCounts" });

export const ticketIdParamsSchema = z.object({ id: z.uuid() });

export const attachmentParamsSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export const uploadAttachmentQuerySchema = z.object({ messageId: z.uuid().optional() });

/** The incremental export's page: a cursor from the previous answer (none: from the start). */
export const ticketExportQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
