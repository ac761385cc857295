import { z } from "zod";

// Its own file: the staff ticket view (tickets) includes it, and billing's schemas name tickets.
/** What staff see of a ticket's billable time (the contract's `billing` on the staff ticket view). */
export const ticketBillingTotalsSchema = z
  .object({
    /** All billable minutes logged on the ticket. */
    billableMinutes: z.number().int().nonnegative(),
    /** Started 15-minute blocks, rounded per billing month and added up. */
    billedBlocks: z.number().int().nonnegative(),
  })
  .meta({ id: "TicketBillingTotals" });
