// Consent before billable work: an agent asks (the current rate copied on), the customer answers once
// in the portal or with the e-mailed link, billing may record an agreement made otherwise. Each
// write is one transaction with its audit event (and, for a request, the e-mail in the outbox).

import type {
  consentAnswerSchema,
  createBillingAgreementSchema,
  createConsentRequestSchema,
} from "@helpdesk/contracts";
import type { z } from "zod";
import type { Database, DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { hashSecretToken } from "../../lib/security/secret-token.ts";
import { billingAgreementRecorders, denyAsNotFound, requireStaff } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { formatTicketNumber, recordTicketEvent } from "../tickets/ticket-billing-facts.ts";
import { presentConsent } from "./billing.presenter.ts";
import * as consents from "./billing-consents.repository.ts";
import { blocksOverMonths } from "./billing-rules.ts";
import { ticketForCustomerOrStaff, ticketForStaff } from "./billing-tickets.ts";
import * as entries from "./time-entries.repository.ts";

export const CONSENT_REQUESTED_EVENT = "billing.consent_requested";

type Answer = z.output<typeof consentAnswerSchema>;

const noRate = () =>
  new AppError("conflict", "No rate is set yet: an admin sets the rate per 15 minutes first");

/** A consent as the contract shows it, with the blocks billed under it so far. */
async function withBlocksUsed(db: DbClient, row: consents.ConsentRow) {
  const used = await entries.billableMinutesByMonth(db, { consentId: row.id });
  return presentConsent(row, blocksOverMonths(used));
}

export function createBillingConsents({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  /** A consent with the admin's current rate copied onto it (409 while no rate is set). */
  async function insertWithCurrentRate(
    tx: DbClient,
    consent: Omit<Parameters<typeof consents.insertConsent>[1], "centsPerBlock" | "vatPercent">,
  ) {
    const rate = await consents.findCurrentRate(tx);
    if (!rate) throw noRate();
    return consents.insertConsent(tx, {
      ...consent,
      centsPerBlock: rate.centsPerBlock,
      vatPercent: rate.vatPercent,
    });
  }

  /** The link's consent, for the caller: 404 when unknown, used, expired, or not theirs to answer. */
  async function linkConsent(actor: Actor, token: string) {
    const row = await consents.findPendingConsentByToken(db, hashSecretToken(token), now());
    if (!row) throw new AppError("not_found", "The link is not valid (any more)");
    // The link stands in for signing in; someone signed in as anyone else may not use it.
    if (actor.kind !== "guest" && !(actor.kind === "customer" && actor.id === row.ticket.customerId)) {
      throw new AppError("not_found", "The link is not valid (any more)");
    }
    return row;
  }

  async function linkView(
    row: NonNullable<Awaited<ReturnType<typeof consents.findConsent>>>,
    ticketNumber: number,
  ) {
    return {
      ticketId: row.ticketId,
      ticketNumber: formatTicketNumber(ticketNumber),
      consent: await withBlocksUsed(db, row),
    };
  }

  return {
    async request(
      actor: SignedInActor,
      ticketId: string,
      input: z.output<typeof createConsentRequestSchema>,
    ) {
      const { ticket, staff } = await ticketForStaff(db, actor, ticketId);
      if (!ticket.customerId) {
        throw new AppError(
          "conflict",
          "This ticket has no customer to ask (a caller without an e-mail address)",
        );
      }
      const row = await inWriteTransaction(db, async (tx) => {
        const created = await insertWithCurrentRate(tx, {
          ticketId,
          kind: "customer_consent",
          description: input.description,
          capBlocks: input.capBlocks ?? null,
          status: "pending",
          requestedByStaffId: staff.id,
        });
        await recordTicketEvent(tx, ticketId, actor, "consent_requested", {
          after: presentConsent(created, 0),
        });
        await recordOutboxEvent(tx, {
          ticketId,
          type: CONSENT_REQUESTED_EVENT,
          payload: { consentId: created.id },
        });
        return created;
      });
      return presentConsent(row, 0);
    },

    async recordAgreement(
      actor: SignedInActor,
      ticketId: string,
      input: z.output<typeof createBillingAgreementSchema>,
    ) {
      requireStaff(actor, (role) => billingAgreementRecorders.includes(role));
      const { staff } = await ticketForStaff(db, actor, ticketId);
      const row = await inWriteTransaction(db, async (tx) => {
        const created = await insertWithCurrentRate(tx, {
          ticketId,
          kind: "agreed_otherwise",
          description: input.reason,
          capBlocks: input.capBlocks ?? null,
          status: "accepted",
          requestedByStaffId: staff.id,
          answeredAt: now(),
        });
        await recordTicketEvent(tx, ticketId, actor, "billing_agreed", { after: presentConsent(created, 0) });
        return created;
      });
      return presentConsent(row, 0);
    },

    /** The portal: the ticket's own customer answers a pending request, once. */
    async answer(actor: SignedInActor, ticketId: string, consentId: string, answer: Answer) {
      const { access } = await ticketForCustomerOrStaff(db, actor, ticketId);
      if (access !== "customer") denyAsNotFound();
      const consent = await consents.findConsent(db, consentId);
      if (!consent || consent.ticketId !== ticketId || consent.kind !== "customer_consent") denyAsNotFound();
      const row = await inWriteTransaction(db, async (tx) => {
        const answered = await consents.answerPendingConsent(
          tx,
          { id: consentId },
          { status: answer, via: "portal", at: now() },
        );
        if (!answered) throw new AppError("conflict", "This consent request was answered already");
        await recordTicketEvent(tx, ticketId, actor, "consent_answered", {
          after: { consentId, status: answer, via: "portal" },
        });
        return consents.findConsent(tx, consentId);
      });
      if (!row) return denyAsNotFound();
      return withBlocksUsed(db, row);
    },

    /** What an e-mailed link asks, without answering it. */
    async viewLink(actor: Actor, token: string) {
      const row = await linkConsent(actor, token);
      return linkView(row, row.ticket.number);
    },

    /** The e-mailed link: answers once; a second use (or a parallel one) finds nothing to answer. */
    async answerLink(actor: Actor, token: string, answer: Answer) {
      const row = await linkConsent(actor, token);
      const tokenHash = hashSecretToken(token);
      const answered = await inWriteTransaction(db, async (tx) => {
        const done = await consents.answerPendingConsent(
          tx,
          { tokenHash, now: now() },
          { status: answer, via: "email", at: now() },
        );
        if (!done) return null;
        const eventActor = actor.kind === "customer" ? actor : { kind: "guest" as const };
        await recordTicketEvent(tx, row.ticketId, eventActor, "consent_answered", {
          after: { consentId: row.id, status: answer, via: "email" },
        });
        return consents.findConsent(tx, row.id);
      });
      if (!answered) throw new AppError("not_found", "The link is not valid (any more)");
      return linkView(answered, row.ticket.number);
    },

    /** A ticket's consents and blocks per month, for its customer and for staff. */
    async ticketBilling(actor: SignedInActor, ticketId: string) {
      await ticketForCustomerOrStaff(db, actor, ticketId);
      const rows = await consents.listConsents(db, ticketId);
      const months = await entries.billableMinutesByMonth(db, { ticketId });
      const invoiced = await entries.listInvoicedMonths(
        db,
        months.map((month) => month.month),
      );
      const presented = await Promise.all(rows.map((row) => withBlocksUsed(db, row)));
      // The consent billable time goes under: the accepted one answered last (as when logging).
      const current = presented
        .filter((consent) => consent.status === "accepted")
        .sort((a, b) => (b.answeredAt ?? "").localeCompare(a.answeredAt ?? ""))[0];
      return {
        consents: presented,
        months: months.map((month) => ({
          month: month.month,
          billableMinutes: month.minutes,
          billedBlocks: blocksOverMonths([month]),
          invoiced: invoiced.has(month.month),
        })),
        billedBlocks: blocksOverMonths(months),
        billableAllowed:
          current !== undefined && (current.capBlocks === null || current.blocksUsed < current.capBlocks),
      };
    },
  };
}
export type BillingConsents = ReturnType<typeof createBillingConsents>;
