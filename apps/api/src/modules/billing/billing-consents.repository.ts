// The only code that reads and writes consents and rates.
import type { DbClient } from "../../db/prisma.ts";

export const consentColumns = {
  id: true,
  ticketId: true,
  kind: true,
  description: true,
  centsPerBlock: true,
  vatPercent: true,
  capBlocks: true,
  status: true,
  answeredVia: true,
  answeredAt: true,
  createdAt: true,
} as const;

export async function insertConsent(
  tx: DbClient,
  consent: {
    ticketId: string;
    kind: "customer_consent" | "agreed_otherwise";
    description: string;
    centsPerBlock: number;
    vatPercent: number;
    capBlocks: number | null;
    status: "pending" | "accepted";
    requestedByStaffId: string;
    answeredAt?: Date;
  },
) {
  return tx.billingConsent.create({ data: consent, select: consentColumns });
}
export type ConsentRow = Awaited<ReturnType<typeof insertConsent>>;

export async function listConsents(db: DbClient, ticketId: string) {
  return db.billingConsent.findMany({
    where: { ticketId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: consentColumns,
  });
}

export async function findConsent(db: DbClient, id: string) {
  return db.billingConsent.findUnique({ where: { id }, select: consentColumns });
}

/**
 * The newest accepted consent of a ticket, locked for the transaction: two agents logging billable
 * time at once check its cap one after the other, so neither can push it past.
 */
export async function lockCurrentConsent(tx: DbClient, ticketId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM billing_consents
    WHERE ticket_id = ${ticketId}::uuid AND status = 'accepted'
    ORDER BY answered_at DESC NULLS LAST, created_at DESC, id DESC
    LIMIT 1
    FOR UPDATE`;
  return row ? findConsent(tx, row.id) : null;
}

/** The consent of an e-mailed link that may still be answered; null for anything else. */
export async function findPendingConsentByToken(db: DbClient, tokenHash: string, now: Date) {
  return db.billingConsent.findFirst({
    where: { tokenHash, status: "pending", tokenExpiresAt: { gt: now } },
    select: { ...consentColumns, ticket: { select: { number: true, customerId: true } } },
  });
}

/**
 * Answers a pending consent, once: the row changes only while it is still pending (and, for a link,
 * while the link is the one given and valid), in one statement, so a second click changes nothing.
 */
export async function answerPendingConsent(
  tx: DbClient,
  where: { id: string } | { tokenHash: string; now: Date },
  answer: { status: "accepted" | "declined"; via: "portal" | "email"; at: Date },
) {
  const { count } = await tx.billingConsent.updateMany({
    where:
      "id" in where
        ? { id: where.id, status: "pending" }
        : { tokenHash: where.tokenHash, status: "pending", tokenExpiresAt: { gt: where.now } },
    data: {
      status: answer.status,
      answeredVia: answer.via,
      answeredAt: answer.at,
      tokenHash: null,
      tokenExpiresAt: null,
    },
  });
  return count === 1;
}

/** A fresh link for the consent e-mail (a retried e-mail replaces the earlier link). */
export async function setConsentLink(db: DbClient, id: string, link: { tokenHash: string; expiresAt: Date }) {
  const { count } = await db.billingConsent.updateMany({
    where: { id, status: "pending" },
    data: { tokenHash: link.tokenHash, tokenExpiresAt: link.expiresAt },
  });
  return count === 1;
}

/** What the consent e-mail needs: the consent, and the ticket's number and customer. */
export async function findConsentForEmail(db: DbClient, id: string) {
  return db.billingConsent.findUnique({
    where: { id },
    select: { ...consentColumns, ticket: { select: { number: true, customerId: true } } },
  });
}

export async function findCurrentRate(db: DbClient) {
  return db.billingRate.findFirst({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { centsPerBlock: true, vatPercent: true, createdAt: true },
  });
}

export async function insertRate(
  db: DbClient,
  rate: { centsPerBlock: number; vatPercent: number; setByStaffId: string },
) {
  return db.billingRate.create({
    data: rate,
    select: { centsPerBlock: true, vatPercent: true, createdAt: true },
  });
}

/** The consents' texts on these tickets (erasure scrubs them). */
export async function listConsentTexts(db: DbClient, ticketIds: string[]) {
  return db.billingConsent.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { id: true, description: true },
  });
}

export async function setConsentDescription(db: DbClient, id: string, description: string): Promise<void> {
  await db.billingConsent.update({ where: { id }, data: { description } });
}

/** A merged ticket's consents go with its time entries to the ticket it was merged into. */
export async function moveConsents(tx: DbClient, fromTicketId: string, toTicketId: string): Promise<void> {
  await tx.billingConsent.updateMany({ where: { ticketId: fromTicketId }, data: { ticketId: toTicketId } });
}
