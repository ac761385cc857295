import { z } from "zod";

export const ticketStatuses = ["new", "open", "pending", "on_hold", "solved", "closed"] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/**
 * The statuses a customer may move their own ticket to, from each status: close it, or reopen it
 * while it waits on them or is solved. `closed` is final (a reply starts a follow-up ticket). The API
 * enforces this; the web app offers exactly these moves.
 */
export const customerStatusMoves = {
  new: ["closed"],
  open: ["closed"],
  pending: ["open", "closed"],
  on_hold: ["closed"],
  solved: ["open", "closed"],
  closed: [],
} as const satisfies Record<TicketStatus, readonly TicketStatus[]>;
/** A status a customer may move a ticket to. */
export type CustomerStatusMove = (typeof customerStatusMoves)[TicketStatus][number];

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

/** The short, unguessable number people quote, e.g. "#483920". */
/** `#` and six digits (tickets filed before issue 20) or nine digits (since then). */
export const ticketNumberSchema = z
  .string()
  .regex(/^#(\d{6}|\d{9})$/)
  .meta({ examples: ["#385017264"] });
