import { z } from "zod";
import { csv } from "../tickets/ticket-queries.ts";

/** A heartbeat from a tab with the ticket open: whether its agent is typing a reply right now. */
export const presenceHeartbeatSchema = z.object({ typing: z.boolean() }).meta({ id: "PresenceHeartbeat" });

/** Someone else (never the caller) who has the ticket open. */
export const ticketViewerSchema = z.object({
  staffId: z.uuid(),
  name: z.string(),
  typing: z.boolean(),
});
export type TicketViewer = z.infer<typeof ticketViewerSchema>;

export const ticketPresenceSchema = z.object({ viewers: z.array(ticketViewerSchema) });
export type TicketPresence = z.infer<typeof ticketPresenceSchema>;

/** The queue's rows: whose tickets to tell about (`tickets=id,id,...`, a page of at most 100). */
export const queuePresenceQuerySchema = z.object({ tickets: csv(z.uuid(), 100) });

/** Who else has each of those tickets open; tickets nobody has open are left out. */
export const queuePresenceSchema = z.object({
  items: z.array(z.object({ ticketId: z.uuid(), viewers: z.array(ticketViewerSchema).min(1) })),
});
export type QueuePresence = z.infer<typeof queuePresenceSchema>;
