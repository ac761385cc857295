// Logging time on a ticket: the rules for minutes, dates, consent and cap, and the invoicing lock.
// Every write is one transaction with its audit event; nothing is half-written.

import type { createTimeEntrySchema, updateTimeEntrySchema } from "@helpdesk/contracts";
import type { z } from "zod";
import type { Database, DbClient } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { recordTicketEvent } from "../tickets/ticket-billing-facts.ts";
import { entryAuditFacts, presentTimeEntry } from "./billing.presenter.ts";
import { billingMonthOf, dateColumn, dateOfColumn, todayInBillingZone } from "./billing-clock.ts";
import * as consents from "./billing-consents.repository.ts";
import { blocksOverMonths, withMinutesAdded } from "./billing-rules.ts";
import { ticketForStaff } from "./billing-tickets.ts";
import * as entries from "./time-entries.repository.ts";

type NewEntry = z.output<typeof createTimeEntrySchema>;
type EntryChange = z.output<typeof updateTimeEntrySchema>;

const futureDate = () =>
  new AppError("validation_failed", "The date of work cannot be in the future", {
    errors: [{ path: "body.date", message: "Not in the future", code: "future_date" }],
  });
const monthInvoiced = (month: string) =>
  new AppError("conflict", `${month} is invoiced: its time entries are locked`);

/** The ticket's billable minutes and blocks, rounded per billing month. */
export async function ticketBillingTotals(db: DbClient, ticketId: string) {
  const months = await entries.billableMinutesByMonth(db, { ticketId });
  return {
    billableMinutes: months.reduce((sum, month) => sum + month.minutes, 0),
    billedBlocks: blocksOverMonths(months),
  };
}

export function createTimeEntries({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  function checkDate(date: string) {
    if (date > todayInBillingZone(now())) throw futureDate();
  }

  /** Waits while the month is being invoiced, and refuses a month that is. */
  async function openMonth(tx: DbClient, month: string) {
    await entries.lockBillingMonth(tx, month, "shared");
    if (await entries.findInvoicedMonth(tx, month)) throw monthInvoiced(month);
  }

  /**
   * The consent billable minutes are logged under: the ticket's newest accepted one, locked, with
   * room under its cap for these minutes in this month. 409 without one, or beyond its cap.
   */
  async function consentWithRoom(
    tx: DbClient,
    ticketId: string,
    month: string,
    minutes: number,
    excludingEntryId?: string,
  ) {
    const consent = await consents.lockCurrentConsent(tx, ticketId);
    if (!consent) {
      throw new AppError(
        "conflict",
        "Billable time needs the customer's accepted consent (or billing's record of an agreement) first",
      );
    }
    if (consent.capBlocks !== null) {
      const used = await entries.billableMinutesByMonth(tx, { consentId: consent.id }, excludingEntryId);
      const blocks = blocksOverMonths(withMinutesAdded(used, month, minutes));
      if (blocks > consent.capBlocks) {
        throw new AppError(
          "conflict",
          `This would be ${blocks} blocks of 15 minutes, beyond the consent's cap of ${consent.capBlocks}: ask a new consent`,
        );
      }
    }
    return consent;
  }

  return {
    async create(actor: SignedInActor, ticketId: string, input: NewEntry) {
      const { staff } = await ticketForStaff(db, actor, ticketId);
      const date = input.date ?? todayInBillingZone(now());
      checkDate(date);
      const month = billingMonthOf(date);
      const row = await inWriteTransaction(db, async (tx) => {
        await openMonth(tx, month);
        const consent = input.billable ? await consentWithRoom(tx, ticketId, month, input.minutes) : null;
        const created = await entries.insertTimeEntry(tx, {
          ticketId,
          staffId: staff.id,
          workDate: dateColumn(date),
          billingMonth: month,
          minutes: input.minutes,
          billable: input.billable,
          note: input.note ?? "",
          consentId: consent?.id ?? null,
        });
        await recordTicketEvent(tx, ticketId, actor, "time_entry_added", { after: entryAuditFacts(created) });
        return created;
      });
      return presentTimeEntry(row);
    },

    async list(actor: SignedInActor, ticketId: string) {
      await ticketForStaff(db, actor, ticketId);
      const rows = await entries.listTimeEntries(db, ticketId);
      return { items: rows.map(presentTimeEntry), billing: await ticketBillingTotals(db, ticketId) };
    },

    async update(actor: SignedInActor, ticketId: string, entryId: string, change: EntryChange) {
      await ticketForStaff(db, actor, ticketId);
      if (change.date) checkDate(change.date);
      const row = await inWriteTransaction(db, async (tx) => {
        const before = await entries.lockTimeEntry(tx, ticketId, entryId);
        if (!before) throw new AppError("not_found", "No such time entry on this ticket");
        const date = change.date ?? dateOfColumn(before.workDate);
        const month = billingMonthOf(date);
        for (const touched of new Set([before.billingMonth, month])) await openMonth(tx, touched);
        if (before.invoicedAt) throw monthInvoiced(before.billingMonth);
        const minutes = change.minutes ?? before.minutes;
        const billable = change.billable ?? before.billable;
        const consent = billable ? await consentWithRoom(tx, ticketId, month, minutes, entryId) : null;
        const after = await entries.updateTimeEntry(tx, entryId, {
          workDate: dateColumn(date),
          billingMonth: month,
          minutes,
          billable,
          note: change.note ?? before.note,
          consentId: consent?.id ?? null,
        });
        await recordTicketEvent(tx, ticketId, actor, "time_entry_changed", {
          before: entryAuditFacts(before),
          after: entryAuditFacts(after),
        });
        return after;
      });
      return presentTimeEntry(row);
    },

    async remove(actor: SignedInActor, ticketId: string, entryId: string) {
      await ticketForStaff(db, actor, ticketId);
      await inWriteTransaction(db, async (tx) => {
        const before = await entries.lockTimeEntry(tx, ticketId, entryId);
        if (!before) throw new AppError("not_found", "No such time entry on this ticket");
        await openMonth(tx, before.billingMonth);
        if (before.invoicedAt) throw monthInvoiced(before.billingMonth);
        await entries.deleteTimeEntry(tx, entryId);
        await recordTicketEvent(tx, ticketId, actor, "time_entry_deleted", {
          before: entryAuditFacts(before),
        });
      });
    },
  };
}
export type TimeEntries = ReturnType<typeof createTimeEntries>;
