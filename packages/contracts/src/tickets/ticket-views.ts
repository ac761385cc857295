import { z } from "zod";
import { ticketBillingTotalsSchema } from "../billing/billing-totals.ts";
import { cursorPageSchema } from "../common/pagination.ts";
import { serviceLevelSchema } from "../customers/customers.schemas.ts";
import {
  ticketCategorySchema,
  ticketChannelSchema,
  ticketNumberSchema,
  ticketPrioritySchema,
  ticketStatusSchema,
} from "./ticket-attributes.ts";
import { ticketDetailsSchema } from "./ticket-category-details.ts";

// What customers and staff see of a ticket: the whole ticket, and the list's summaries.

export const slaTargetNames = ["first_response", "next_response", "resolution"] as const;
export const slaTargetNameSchema = z.enum(slaTargetNames);
export type SlaTargetName = z.infer<typeof slaTargetNameSchema>;

/** Staff only: the ticket's service level and the due times of its running targets. */
export const ticketSlaSchema = z
  .object({
    /** Null for a ticket from before service levels that no clock was started for. */
    level: serviceLevelSchema.nullable(),
    /** Null when the target is not running (met, paused, closed). */
    firstResponseDueAt: z.iso.datetime().nullable(),
    nextResponseDueAt: z.iso.datetime().nullable(),
    resolutionDueAt: z.iso.datetime().nullable(),
    /** Targets missed: recorded ones and running ones past their due time. */
    breached: z.array(slaTargetNameSchema),
    /** The clocks stand still: the ticket waits on the customer, or is solved. */
    paused: z.boolean(),
  })
  .meta({ id: "TicketSla" });

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Attachment" });

/** Customers see the team, never a person: there is no field for which agent wrote a reply. */
export const customerMessageAuthorSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("customer"), name: z.string() }),
  z.object({ type: z.literal("team"), name: z.string() }),
]);

export const customerMessageSchema = z
  .object({
    id: z.uuid(),
    author: customerMessageAuthorSchema,
    body: z.string(),
    createdAt: z.iso.datetime(),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: "CustomerTicketMessage" });

const ticketCore = {
  id: z.uuid(),
  number: ticketNumberSchema,
  subject: z.string(),
  status: ticketStatusSchema,
  category: ticketCategorySchema,
  details: ticketDetailsSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  followUpOf: z.object({ id: z.uuid(), number: ticketNumberSchema }).nullable(),
  /** Set when this ticket was merged into another: its thread is there now (this one is closed). */
  mergedInto: z.object({ id: z.uuid(), number: ticketNumberSchema }).nullable(),
};

export const customerTicketSchema = z
  .object({
    view: z.literal("customer"),
    ...ticketCore,
    /** Files not tied to a message (uploaded on their own). */
    attachments: z.array(attachmentSchema),
    messages: z.array(customerMessageSchema),
    /** The service level the ticket is handled under. */
    serviceLevel: serviceLevelSchema,
    /** When the team answers at the latest (null: not waiting on the team, e.g. pending or solved). */
    expectedResponseBy: z.iso.datetime().nullable(),
    /** Whether that time is guaranteed (Standard, Premium) or the usual (Best Effort). */
    responseGuaranteed: z.boolean(),
    /** The response target the level promises (the FAQ's "within 1 working day"); null without one. */
    responseTarget: z
      .object({ minutes: z.number().int().positive(), clock: z.enum(["business", "calendar"]) })
      .nullable(),
  })
  .meta({ id: "CustomerTicket" });

export const staffRefSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: "StaffRef" });

export const staffMessageSchema = z
  .object({
    id: z.uuid(),
    author: z.discriminatedUnion("type", [
      z.object({ type: z.literal("customer"), id: z.uuid().nullable(), name: z.string() }),
      z.object({ type: z.literal("staff"), id: z.uuid().nullable(), name: z.string() }),
    ]),
    body: z.string(),
    internal: z.boolean(),
    createdAt: z.iso.datetime(),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: "StaffTicketMessage" });

/** The requester as staff see them: contact data only (full customer data is on /customers/{id}). */
export const ticketRequesterSchema = z.object({
  customerId: z.uuid().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  /** False when the ticket came from an address nobody proved to own ("e-mail not verified"). */
  verified: z.boolean(),
});

export const staffTicketSchema = z
  .object({
    view: z.literal("staff"),
    ...ticketCore,
    priority: ticketPrioritySchema,
    channel: ticketChannelSchema,
    requester: ticketRequesterSchema,
    assignee: staffRefSchema.nullable(),
    createdBy: staffRefSchema.nullable(),
    /** The requester's service the ticket is about, when one was chosen. */
    serviceId: z.uuid().nullable(),
    sla: ticketSlaSchema,
    /** Put aside until then (returns to the queue's views by itself); null: not snoozed. */
    snoozedUntil: z.iso.datetime().nullable(),
    /** Billable minutes logged and the 15-minute blocks they are billed as (rounded per month). */
    billing: ticketBillingTotalsSchema,
    attachments: z.array(attachmentSchema),
    messages: z.array(staffMessageSchema),
  })
  .meta({ id: "StaffTicket" });

/** A message as the phone desk sees it: only its own words, so no author to name. */
export const callbackMessageSchema = z
  .object({
    id: z.uuid(),
    body: z.string(),
    createdAt: z.iso.datetime(),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: "CallbackTicketMessage" });

/**
 * The phone desk's view of a callback request it filed: only what it entered (subject, callback
 * details, its own messages and files) and the status. Never the customer record the address
 * matched, nor anyone else's messages.
 */
export const callbackTicketSchema = z
  .object({
    view: z.literal("callback"),
    id: z.uuid(),
    number: ticketNumberSchema,
    subject: z.string(),
    status: ticketStatusSchema,
    category: ticketCategorySchema,
    details: ticketDetailsSchema,
    createdAt: z.iso.datetime(),
    attachments: z.array(attachmentSchema),
    messages: z.array(callbackMessageSchema),
  })
  .meta({ id: "CallbackTicket" });

export const ticketViewSchema = z
  .discriminatedUnion("view", [customerTicketSchema, staffTicketSchema, callbackTicketSchema])
  .meta({ id: "TicketView" });
export type TicketView = z.infer<typeof ticketViewSchema>;

export const customerTicketSummarySchema = z
  .object({
    view: z.literal("customer"),
    id: z.uuid(),
    number: ticketNumberSchema,
    subject: z.string(),
    status: ticketStatusSchema,
    category: ticketCategorySchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "CustomerTicketSummary" });

export const staffTicketSummarySchema = z
  .object({
    view: z.literal("staff"),
    id: z.uuid(),
    number: ticketNumberSchema,
    subject: z.string(),
    status: ticketStatusSchema,
    category: ticketCategorySchema,
    priority: ticketPrioritySchema,
    requester: ticketRequesterSchema,
    assignee: staffRefSchema.nullable(),
    sla: ticketSlaSchema,
    /** Put aside until then; null: not snoozed (or its time has come). */
    snoozedUntil: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "StaffTicketSummary" });

/** The phone desk's list: its own callback requests, without the requester or the assignee. */
export const callbackTicketSummarySchema = z
  .object({
    view: z.literal("callback"),
    id: z.uuid(),
    number: ticketNumberSchema,
    subject: z.string(),
    status: ticketStatusSchema,
    category: ticketCategorySchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "CallbackTicketSummary" });

export const ticketSummarySchema = z.discriminatedUnion("view", [
  customerTicketSummarySchema,
  staffTicketSummarySchema,
  callbackTicketSummarySchema,
]);
export const ticketPageSchema = cursorPageSchema(ticketSummarySchema).meta({ id: "TicketPage" });

/**
 * A page of the incremental export, oldest change first. `nextCursor` is always set: keep it and ask
 * with it again later to get what changed since (an empty page means nothing has, yet).
 */
export const ticketExportPageSchema = z
  .object({
    items: z.array(staffTicketSummarySchema),
    nextCursor: z.string(),
    /** True when more rows are ready now: ask again at once with `nextCursor`. */
    hasMore: z.boolean(),
    /** Rows changed after this instant are not in the export yet (they may still be committing). */
    settledBefore: z.iso.datetime(),
  })
  .meta({ id: "TicketExportPage" });
