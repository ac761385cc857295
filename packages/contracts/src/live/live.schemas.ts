import { z } from "zod";

/** A single-use ticket to open one live stream: EventSource cannot send the bearer token. */
export const liveStreamTicketSchema = z.object({
  ticket: z.string(),
  expiresAt: z.iso.datetime(),
});
export type LiveStreamTicket = z.infer<typeof liveStreamTicketSchema>;

/** A stream event id: the resume point (EventSource sends it as `Last-Event-ID` when it reconnects). */
export const liveEventIdSchema = z
  .string()
  .regex(/^\d{1,18}$/, "An event id")
  .meta({ examples: ["4711"] });

export const openLiveStreamQuerySchema = z.object({
  ticket: z.string().min(1).max(200),
  /** For a new EventSource, which cannot set `Last-Event-ID`: resume after this event. */
  lastEventId: liveEventIdSchema.optional(),
});

/**
 * What a change was. Staff hear of every kind; a customer only of `created`, `message` (a reply
 * they may read) and `status`, on their own tickets. `presence` (staff only) is not stored and has
 * no event id: the tab reloads who is there.
 */
export const liveEventKinds = ["created", "message", "status", "assignment", "ticket", "presence"] as const;
export type LiveEventKind = (typeof liveEventKinds)[number];

/** The data of one `change` event on the stream: which ticket, and what kind of change. No text, no names. */
export const liveEventSchema = z.object({
  ticketId: z.uuid(),
  kind: z.enum(liveEventKinds),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
