// The team's e-mail about a bad rating: to the support team's addresses (the queue), with the
// ticket's number and where to read it. Staff only: nothing here goes to the customer.
import type { Database } from "../../db/prisma.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import type { OutboxEvent } from "../outbox/outbox.service.ts";
import { listTeamAddresses } from "../staff/staff-accounts.ts";
import { findTicketFacts } from "../tickets/ticket-facts.ts";
import { formatTicketNumber } from "../tickets/ticket-number.ts";

export function createRatingEmails(deps: { db: Database; publicUrl: string; mailDomain: string }) {
  const publicUrl = deps.publicUrl.replace(/\/$/, "");
  return async function composeBadRating(event: OutboxEvent): Promise<OutgoingEmail | null> {
    if (!event.ticketId) return null;
    const [ticket, to] = await Promise.all([
      findTicketFacts(deps.db, event.ticketId),
      listTeamAddresses(deps.db),
    ]);
    if (!ticket || to.length === 0) return null;
    const number = formatTicketNumber(ticket.number);
    const link = `${publicUrl}/agent/tickets/${ticket.id}`;
    return {
      to: to.join(", "),
      subject: `[${number}] Slechte beoordeling / bad rating`,
      text: [
        `De klant van ticket ${number} beoordeelt de afhandeling als slecht. Lees het ticket en een eventuele toelichting:`,
        `The customer of ticket ${number} rated its handling as bad. Read the ticket and any comment:`,
        link,
      ].join("\n\n"),
      messageId: `<${event.id}@${deps.mailDomain}>`,
      references: [`<ticket.${ticket.id}@${deps.mailDomain}>`],
      headers: { "Auto-Submitted": "auto-generated" },
    };
  };
}
