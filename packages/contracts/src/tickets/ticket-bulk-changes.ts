import { z } from "zod";
import { problemCodeSchema } from "../common/problem.ts";
import { ticketPrioritySchema, ticketStatusSchema } from "./ticket-attributes.ts";

// Changing many tickets of the queue at once: the same change to each, with the same rules as one
// change (PATCH /tickets/{id}), each ticket in its own transaction.

/** How many tickets one bulk change may name: a page of the queue. */
export const BULK_TICKET_LIMIT = 100;

export const bulkTicketChangeSchema = z
  .object({
    ticketIds: z
      .array(z.uuid())
      .min(1)
      .max(BULK_TICKET_LIMIT)
      .refine((ids) => new Set(ids).size === ids.length, "Name each ticket once"),
    change: z
      .object({
        status: ticketStatusSchema.optional(),
        priority: ticketPrioritySchema.optional(),
        /** A staff id to hand the tickets over to, or null to unassign. */
        assigneeId: z.uuid().nullable().optional(),
      })
      .refine(
        (change) => Object.values(change).some((value) => value !== undefined),
        "Change at least one field",
      ),
  })
  .meta({
    id: "BulkTicketChange",
    examples: [
      {
        ticketIds: ["5d8e2a71-3c4b-4f6a-9e1d-2b7c8a9f0e13", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"],
        change: { status: "pending", priority: "high" },
      },
    ],
  });
export type BulkTicketChange = z.infer<typeof bulkTicketChangeSchema>;

/** One ticket's outcome: changed (or already so), or the problem a single change would have answered. */
export const bulkTicketOutcomeSchema = z.object({
  ticketId: z.uuid(),
  ok: z.boolean(),
  problem: z.object({ status: z.number().int(), code: problemCodeSchema, detail: z.string() }).optional(),
});
export type BulkTicketOutcome = z.infer<typeof bulkTicketOutcomeSchema>;

export const bulkTicketResultSchema = z
  .object({
    items: z.array(bulkTicketOutcomeSchema),
    changed: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: "BulkTicketResult" });
export type BulkTicketResult = z.infer<typeof bulkTicketResultSchema>;
