import { z } from "zod";
import { attachmentTokensSchema } from "../uploads/uploads.schemas.ts";
import {
  ticketCategorySchema,
  ticketNumberSchema,
  ticketPrioritySchema,
  ticketStatusSchema,
} from "./ticket-attributes.ts";
import { callbackMessageSchema, customerMessageSchema, staffMessageSchema } from "./ticket-views.ts";

// What happens to a ticket after it is filed: changes, messages, and the audit trail.

export const updateTicketSchema = z
  .object({
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    category: ticketCategorySchema.optional(),
    /** A staff id to hand the ticket over to, or null to unassign. */
    assigneeId: z.uuid().nullable().optional(),
    /** Staff: the requester's service the ticket is about (its service level applies), or null. */
    serviceId: z.uuid().nullable().optional(),
    /**
     * The ticket's `updatedAt` when the page was opened: when it changed since, nothing is changed
     * and the answer is 409 `edit_conflict` (a stale tab never overwrites a newer state).
     */
    expectedUpdatedAt: z.iso.datetime().optional(),
  })
  .refine(
    ({ expectedUpdatedAt: _, ...change }) => Object.values(change).some((value) => value !== undefined),
    "Change at least one field",
  )
  .meta({ id: "UpdateTicket" });

export const createMessageSchema = z
  .object({
    body: z
      .string()
      .trim()
      .min(1)
      .max(20_000)
      .meta({ examples: ["Dank u, we kijken ernaar en laten het vandaag weten."] }),
    /** An internal note: staff only, never shown or e-mailed to customers. */
    internal: z.boolean().default(false),
    /** Files staged with POST /uploads, attached to this message. */
    attachments: attachmentTokensSchema.optional(),
    /**
     * The newest message the writer had seen when they started (null: none). When another message
     * has arrived since, nothing is added and the answer is 409 `reply_crossed`: read it first.
     */
    expectedLastMessageId: z.uuid().nullable().optional(),
  })
  .meta({ id: "CreateTicketMessage" });

export const messageCreatedSchema = z
  .object({
    message: z.union([customerMessageSchema, staffMessageSchema, callbackMessageSchema]),
    /** Set when the ticket was closed: the reply started this linked follow-up ticket. */
    followUp: z.object({ id: z.uuid(), number: ticketNumberSchema }).nullable(),
  })
  .meta({ id: "TicketMessageCreated" });

export const ticketEventSchema = z
  .object({
    id: z.uuid(),
    type: z.string(),
    actor: z.object({
      type: z.enum(["guest", "customer", "staff", "system"]),
      id: z.uuid().nullable(),
      name: z.string().nullable(),
      /** The change came through an API token: `name` is the token's. */
      apiToken: z.boolean(),
    }),
    // Any JSON value, null included (an empty schema: "anyOf" with null would add nothing).
    before: z.unknown(),
    after: z.unknown(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "TicketEvent" });
export const ticketEventListSchema = z
  .object({ items: z.array(ticketEventSchema) })
  .meta({ id: "TicketEventList" });
