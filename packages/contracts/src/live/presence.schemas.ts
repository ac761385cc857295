import { z } from "zod";

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
