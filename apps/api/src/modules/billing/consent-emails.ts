// The outbox job's side of consent requests: a fresh single-use link (only its SHA-256 is stored; a
// retried e-mail replaces the earlier link) and the e-mail to the ticket's customer.
import { z } from "zod";
import type { Database } from "../../db/prisma.ts";
import type { OutgoingEmail } from "../../lib/mail/mailer.ts";
import { newSecretToken } from "../../lib/security/secret-token.ts";
import { findCustomerContact } from "../customers/customer-accounts.ts";
import { formatTicketNumber } from "../tickets/ticket-billing-facts.ts";
import { consentRequestEmail } from "./billing.emails.ts";
import * as consents from "./billing-consents.repository.ts";

export const CONSENT_LINK_DAYS = 14;
const payloadSchema = z.object({ consentId: z.uuid() });

export function createConsentEmails({
  db,
  env,
  now = () => new Date(),
}: {
  db: Database;
  env: { PUBLIC_URL: string; TEAM_NAME: string };
  now?: () => Date;
}) {
  return async function composeConsentRequestEmail(event: {
    payload: unknown;
  }): Promise<OutgoingEmail | null> {
    const { consentId } = payloadSchema.parse(event.payload);
    const consent = await consents.findConsentForEmail(db, consentId);
    if (consent?.status !== "pending" || !consent.ticket.customerId) return null;
    const contact = await findCustomerContact(db, consent.ticket.customerId);
    if (!contact) return null;
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(now().getTime() + CONSENT_LINK_DAYS * 86_400_000);
    if (!(await consents.setConsentLink(db, consentId, { tokenHash: hash, expiresAt }))) return null;
    return consentRequestEmail({
      to: contact.email,
      name: contact.name,
      language: contact.language,
      ticketNumber: formatTicketNumber(consent.ticket.number),
      description: consent.description,
      centsPerBlock: consent.centsPerBlock,
      vatPercent: consent.vatPercent,
      capBlocks: consent.capBlocks,
      link: `${env.PUBLIC_URL.replace(/\/$/, "")}/consent#token=${token}`,
      validDays: CONSENT_LINK_DAYS,
      teamName: env.TEAM_NAME,
    });
  };
}
