import { z } from "zod";

/** What became of an inbound e-mail. */
export const inboundOutcomeSchema = z
  .discriminatedUnion("outcome", [
    z.object({ outcome: z.literal("ignored"), reason: z.enum(["automatic", "no_sender", "empty"]) }),
    z.object({ outcome: z.literal("reply"), ticketId: z.uuid(), messageId: z.uuid() }),
    z.object({
      outcome: z.literal("new_ticket"),
      ticketId: z.uuid(),
      reason: z.enum(["no_reply_address", "sender_not_requester", "sender_not_verified"]),
    }),
  ])
  .meta({ id: "InboundEmailOutcome" });
