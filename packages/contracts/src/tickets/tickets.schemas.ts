import { z } from "zod";
import { cursorPageSchema, cursorQuerySchema } from "../common/pagination.ts";
import { emailSchema, personNameSchema } from "../identity/identity.schemas.ts";
import { attachmentTokensSchema } from "../uploads/uploads.schemas.ts";
import { queueViewSchema } from "./queue-views.ts";

export const ticketStatuses = ["new", "open", "pending", "on_hold", "solved", "closed"] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketPriorities = ["low", "normal", "high", "urgent"] as const;
export const ticketPrioritySchema = z.enum(ticketPriorities);
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

/** Categories from the provider's FAQ; each may ask for fields of its own. */
export const ticketCategories = [
  "administrative",
  "billing",
  "cancellation",
  "technical",
  "remote_support",
  "callback",
  "other",
] as const;
export const ticketCategorySchema = z.enum(ticketCategories);
export type TicketCategory = z.infer<typeof ticketCategorySchema>;

export const ticketChannelSchema = z.enum(["web", "phone", "email", "api"]);

// ── Category fields ──

export const administrativeDetailsSchema = z.object({
  change: z.enum(["contact_details", "postal_address", "email_address", "other"]),
});
export const billingDetailsSchema = z.object({
  request: z.enum(["direct_debit", "iban_change", "yearly_billing", "invoice_question", "other"]),
});
/** Cancellation is accepted only by ticket, and on the record: what ends, and from when. */
export const cancellationDetailsSchema = z.object({
  cancel: z.enum(["hosting", "domain", "hosting_and_domain"]),
  /** Which package or domain, e.g. "example.nl" ("cancel hosting, keep the domain"). */
  serviceName: z.string().trim().min(1).max(200),
  requestedEndDate: z.iso.date(),
});
export const technicalDetailsSchema = z.object({
  kind: z.enum(["problem", "outage"]),
  affectedService: z.string().trim().max(200).optional(),
});
export const remoteSupportDetailsSchema = z.object({
  preferredDate: z.iso.date(),
  timeSlot: z.enum(["morning", "afternoon", "evening"]),
});
export const callbackDetailsSchema = z.object({
  callerName: personNameSchema,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number"),
  preferredTime: z.string().trim().min(1).max(120),
});
export const otherDetailsSchema = z.object({});

const ticketText = {
  subject: z.string().trim().min(3).max(200),
  message: z.string().trim().min(1).max(20_000),
  /** Files staged with POST /uploads, attached to the first message. */
  attachments: attachmentTokensSchema.optional(),
};
/** Guests give their address and name; signed-in customers and staff need not. */
const requester = {
  email: emailSchema.optional(),
  name: personNameSchema.optional(),
  /** One of the signed-in customer's own services the ticket is about. */
  serviceId: z.uuid().optional(),
};

export const createTicketSchema = z
  .discriminatedUnion("category", [
    z.object({ category: z.literal("administrative"), details: administrativeDetailsSchema }),
    z.object({ category: z.literal("billing"), details: billingDetailsSchema }),
    z.object({ category: z.literal("cancellation"), details: cancellationDetailsSchema }),
    z.object({ category: z.literal("technical"), details: technicalDetailsSchema }),
    z.object({ category: z.literal("remote_support"), details: remoteSupportDetailsSchema }),
    z.object({ category: z.literal("callback"), details: callbackDetailsSchema }),
    z.object({ category: z.literal("other"), details: otherDetailsSchema.default({}) }),
  ])
  .and(z.object({ ...ticketText, ...requester }))
  .meta({ id: "CreateTicket" });
export type CreateTicket = z.infer<typeof createTicketSchema>;

export const ticketDetailsSchema = z.record(z.string(), z.unknown());

/** The short, unguessable number people quote, e.g. "#483920". */
export const ticketNumberSchema = z.string().regex(/^#\d{6}$/);

/** All a ticket's creator learns: no token and no thread (the thread is behind the e-mailed link). */
export const ticketCreatedSchema = z
  .object({
    id: z.uuid(),
    number: ticketNumberSchema,
    status: ticketStatusSchema,
    category: ticketCategorySchema,
  })
  .meta({ id: "TicketCreated" });

// ── Views ──

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
};

export const customerTicketSchema = z
  .object({
    view: z.literal("customer"),
    ...ticketCore,
    /** Files not tied to a message (uploaded on their own). */
    attachments: z.array(attachmentSchema),
    messages: z.array(customerMessageSchema),
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
    attachments: z.array(attachmentSchema),
    messages: z.array(staffMessageSchema),
  })
  .meta({ id: "StaffTicket" });

export const ticketViewSchema = z
  .discriminatedUnion("view", [customerTicketSchema, staffTicketSchema])
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
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "StaffTicketSummary" });

export const ticketSummarySchema = z.discriminatedUnion("view", [
  customerTicketSummarySchema,
  staffTicketSummarySchema,
]);
export const ticketPageSchema = cursorPageSchema(ticketSummarySchema).meta({ id: "TicketPage" });

/** Comma-separated values in a query string, e.g. `status=new,open`. */
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).min(1),
  );

export const ticketListQuerySchema = cursorQuerySchema.extend({
  status: csv(ticketStatusSchema).optional(),
  category: csv(ticketCategorySchema).optional(),
  priority: csv(ticketPrioritySchema).optional(),
  /** Staff only: `me`, `none` or a staff id. */
  assignee: z.union([z.literal("me"), z.literal("none"), z.uuid()]).optional(),
  /** Staff only: `false` lists tickets from addresses nobody proved to own. */
  verified: z.enum(["true", "false"]).optional(),
  /** Free text over number, subject, messages and the requester's name or address. */
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(["oldest", "newest"]).default("newest"),
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
    views: z.record(queueViewSchema, ticketCount),
  })
  .meta({ id: "TicketCounts" });

export const ticketIdParamsSchema = z.object({ id: z.uuid() });

export const updateTicketSchema = z
  .object({
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    category: ticketCategorySchema.optional(),
    /** A staff id to hand the ticket over to, or null to unassign. */
    assigneeId: z.uuid().nullable().optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), "Change at least one field")
  .meta({ id: "UpdateTicket" });

export const createMessageSchema = z
  .object({
    body: z.string().trim().min(1).max(20_000),
    /** An internal note: staff only, never shown or e-mailed to customers. */
    internal: z.boolean().default(false),
    /** Files staged with POST /uploads, attached to this message. */
    attachments: attachmentTokensSchema.optional(),
  })
  .meta({ id: "CreateTicketMessage" });

export const messageCreatedSchema = z
  .object({
    message: z.union([customerMessageSchema, staffMessageSchema]),
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
    }),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "TicketEvent" });
export const ticketEventListSchema = z
  .object({ items: z.array(ticketEventSchema) })
  .meta({ id: "TicketEventList" });

export const attachmentParamsSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export const uploadAttachmentQuerySchema = z.object({ messageId: z.uuid().optional() });
