// What billing invoices: per month one row per ticket (blocks rounded per ticket per month, amounts
// from the consents' rates), the CSV of it, marking a month invoiced, the rate, and a customer's own
// monthly overview.

import { isUniqueViolation } from "../../db/database-errors.ts";
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import {
  billingRateSetters,
  billingStatementReaders,
  denyAsNotFound,
  monthInvoicers,
  requireStaff,
  worksTickets,
} from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { formatTicketNumber } from "../tickets/ticket-billing-facts.ts";
import * as consents from "./billing-consents.repository.ts";
import { type BillableEntry, sumMoney, ticketMonths } from "./billing-rules.ts";
import { statementCsv } from "./billing-statement-csv.ts";
import * as entries from "./time-entries.repository.ts";

const toBillable = (row: entries.StatementEntryRow): BillableEntry => ({
  ticketId: row.ticketId,
  minutes: row.minutes,
  // A billable entry always has its consent (the database checks it); a missing one bills nothing.
  rate: row.consent ?? { centsPerBlock: 0, vatPercent: 0 },
});

const presentRate = (rate: Awaited<ReturnType<typeof consents.findCurrentRate>>) => ({
  rate: rate
    ? { centsPerBlock: rate.centsPerBlock, vatPercent: rate.vatPercent, setAt: rate.createdAt.toISOString() }
    : null,
});

export function createBillingStatements({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  async function statement(month: string) {
    const rows = await entries.listBillableEntriesOfMonth(db, month);
    const facts = new Map(rows.map((row) => [row.ticketId, row.ticket]));
    const lines = ticketMonths(rows.map(toBillable))
      .map((line) => {
        const ticket = facts.get(line.ticketId);
        return {
          customerId: ticket?.customerId ?? null,
          customerName: ticket?.customer?.name ?? "",
          ticketNumber: formatTicketNumber(ticket?.number ?? 0),
          ...line,
        };
      })
      .sort(
        (a, b) =>
          a.customerName.localeCompare(b.customerName, "nl") || a.ticketNumber.localeCompare(b.ticketNumber),
      );
    const invoiced = await entries.findInvoicedMonth(db, month);
    return {
      month,
      invoicedAt: invoiced?.invoicedAt.toISOString() ?? null,
      rows: lines,
      totals: { billedBlocks: lines.reduce((sum, line) => sum + line.billedBlocks, 0), ...sumMoney(lines) },
    };
  }

  const readStatements = (actor: SignedInActor) =>
    requireStaff(actor, (role) => billingStatementReaders.includes(role));

  return {
    async statement(actor: SignedInActor, month: string) {
      readStatements(actor);
      return statement(month);
    },

    async statementCsv(actor: SignedInActor, month: string) {
      readStatements(actor);
      const { rows } = await statement(month);
      return statementCsv(month, rows);
    },

    async markInvoiced(actor: SignedInActor, month: string) {
      const staff = requireStaff(actor, (role) => monthInvoicers.includes(role));
      try {
        const row = await inWriteTransaction(db, async (tx) => {
          // Waits for entries being written in this month; none can start until this commits.
          await entries.lockBillingMonth(tx, month, "exclusive");
          return entries.insertInvoicedMonth(tx, month, staff.id, now());
        });
        return { month: row.month, invoicedAt: row.invoicedAt.toISOString(), entries: row.entries };
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError("conflict", `${month} is invoiced already`);
        throw error;
      }
    },

    async rate(actor: SignedInActor) {
      if (actor.kind !== "staff" || !worksTickets(actor.role)) denyAsNotFound();
      return presentRate(await consents.findCurrentRate(db));
    },

    async setRate(actor: SignedInActor, rate: { centsPerBlock: number; vatPercent: number }) {
      const staff = requireStaff(actor, (role) => billingRateSetters.includes(role));
      return presentRate(await consents.insertRate(db, { ...rate, setByStaffId: staff.id }));
    },

    /** A customer's own overview: per month with billable time, per ticket, newest month first. */
    async myBilling(actor: SignedInActor) {
      if (actor.kind !== "customer") denyAsNotFound();
      const months = await entries.listBillingMonthsOf(db, actor.id);
      const invoiced = await entries.listInvoicedMonths(db, months);
      return {
        months: await Promise.all(
          months.map(async (month) => {
            const rows = await entries.listBillableEntriesOfMonth(db, month, actor.id);
            const facts = new Map(rows.map((row) => [row.ticketId, row.ticket]));
            const tickets = ticketMonths(rows.map(toBillable)).map((line) => ({
              ...line,
              ticketNumber: formatTicketNumber(facts.get(line.ticketId)?.number ?? 0),
              subject: facts.get(line.ticketId)?.subject ?? "",
            }));
            return {
              month,
              invoiced: invoiced.has(month),
              tickets,
              totals: {
                billedBlocks: tickets.reduce((sum, t) => sum + t.billedBlocks, 0),
                ...sumMoney(tickets),
              },
            };
          }),
        ),
      };
    },
  };
}
export type BillingStatements = ReturnType<typeof createBillingStatements>;
