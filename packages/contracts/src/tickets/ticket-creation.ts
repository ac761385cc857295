import { z } from "zod";
import { emailSchema, personNameSchema } from "../identity/identity.schemas.ts";
import { attachmentTokensSchema } from "../uploads/uploads.schemas.ts";
import { ticketCategorySchema, ticketNumberSchema, ticketStatusSchema } from "./ticket-attributes.ts";
import {
  administrativeDetailsSchema,
  billingDetailsSchema,
  callbackDetailsSchema,
  cancellationDetailsSchema,
  otherDetailsSchema,
  remoteSupportDetailsSchema,
  technicalDetailsSchema,
} from "./ticket-category-details.ts";

const ticketText = {
  subject: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .meta({ examples: ["Mijn website is traag"] }),
  message: z
    .string()
    .trim()
    .min(1)
    .max(20_000)
    .meta({ examples: ["Sinds gisteren laadt mijn website erg langzaam."] }),
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

/** All a ticket's creator learns: no token and no thread (the thread is behind the e-mailed link). */
export const ticketCreatedSchema = z
  .object({
    id: z.uuid(),
    number: ticketNumberSchema,
    status: ticketStatusSchema,
    category: ticketCategorySchema,
  })
  .meta({ id: "TicketCreated" });
