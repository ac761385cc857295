import { z } from "zod";
import { ticketNumberSchema, ticketStatusSchema } from "./ticket-attributes.ts";

// Putting tickets together and apart: merging one into another of the same customer, splitting a
// message off into a ticket of its own, and linking related tickets (staff only).

export const mergeTicketSchema = z
  .object({
    /** The ticket of the same customer that takes over this one's thread, files, time and history. */
    targetTicketId: z.uuid(),
  })
  .meta({ id: "MergeTicket", examples: [{ targetTicketId: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" }] });

export const splitMessageParamsSchema = z.object({ id: z.uuid(), messageId: z.uuid() });

export const splitMessageSchema = z
  .object({
    /** The new ticket's subject; the original's subject when left out. */
    subject: z.string().trim().min(1).max(200).optional(),
  })
  .meta({
    id: "SplitTicketMessage",
    examples: [{ subject: "Tweede vraag: e-mail op de telefoon instellen" }],
  });

export const ticketSplitSchema = z
  .object({ id: z.uuid(), number: ticketNumberSchema })
  .meta({ id: "TicketSplit" });

export const linkTicketSchema = z
  .object({ ticketId: z.uuid() })
  .meta({ id: "LinkTicket", examples: [{ ticketId: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" }] });

export const ticketLinkParamsSchema = z.object({ id: z.uuid(), otherId: z.uuid() });

export const linkedTicketSchema = z
  .object({ id: z.uuid(), number: ticketNumberSchema, subject: z.string(), status: ticketStatusSchema })
  .meta({ id: "LinkedTicket" });
export type LinkedTicket = z.infer<typeof linkedTicketSchema>;

export const linkedTicketListSchema = z
  .object({ items: z.array(linkedTicketSchema) })
  .meta({ id: "LinkedTicketList" });
export type LinkedTicketList = z.infer<typeof linkedTicketListSchema>;
export type MergeTicketInput = z.infer<typeof mergeTicketSchema>;
export type SplitMessageInput = z.infer<typeof splitMessageSchema>;
