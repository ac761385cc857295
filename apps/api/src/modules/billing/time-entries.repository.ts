// The only code that reads and writes time entries and invoiced months.
import type { DbClient } from "../../db/prisma.ts";
import { staffRef } from "../tickets/ticket-billing-facts.ts";

const entryColumns = {
  id: true,
  ticketId: true,
  workDate: true,
  billingMonth: true,
  minutes: true,
  billable: true,
  note: true,
  consentId: true,
  invoicedAt: true,
  createdAt: true,
  staff: staffRef,
} as const;

/** What an entry holds besides its ticket and who logged it. */
export interface TimeEntryFields {
  workDate: Date;
  billingMonth: string;
  minutes: number;
  billable: boolean;
  note: string;
  consentId: string | null;
}

export async function insertTimeEntry(
  tx: DbClient,
  entry: TimeEntryFields & { ticketId: string; staffId: string },
) {
  return tx.timeEntry.create({ data: entry, select: entryColumns });
}

export async function listTimeEntries(db: DbClient, ticketId: string) {
  return db.timeEntry.findMany({
    where: { ticketId },
    orderBy: [{ workDate: "desc" }, { createdAt: "desc" }],
    select: entryColumns,
  });
}
export type TimeEntryRow = Awaited<ReturnType<typeof listTimeEntries>>[number];

/** The entry, locked for the rest of the transaction (an edit or delete waits for another). */
export async function lockTimeEntry(tx: DbClient, ticketId: string, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM time_entries WHERE id = ${id}::uuid AND ticket_id = ${ticketId}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.timeEntry.findUnique({ where: { id }, select: entryColumns });
}

export async function updateTimeEntry(tx: DbClient, id: string, change: TimeEntryFields) {
  return tx.timeEntry.update({ where: { id }, data: change, select: entryColumns });
}

export async function deleteTimeEntry(tx: DbClient, id: string): Promise<void> {
  await tx.timeEntry.delete({ where: { id } });
}

/** Billable minutes per billing month of a ticket (or of one consent), oldest month first. */
export async function billableMinutesByMonth(
  db: DbClient,
  where: { ticketId: string } | { consentId: string },
  excludingEntryId?: string,
) {
  const rows = await db.timeEntry.groupBy({
    by: ["billingMonth"],
    where: { ...where, billable: true, ...(excludingEntryId ? { id: { not: excludingEntryId } } : {}) },
    _sum: { minutes: true },
    orderBy: { billingMonth: "asc" },
  });
  return rows.map((row) => ({ month: row.billingMonth, minutes: row._sum.minutes ?? 0 }));
}

/**
 * Serialises writes of one billing month against marking it invoiced: entries take the month's lock
 * shared (agents logging at once do not wait for each other), marking takes it exclusively.
 */
export async function lockBillingMonth(tx: DbClient, month: string, mode: "shared" | "exclusive") {
  const key = `billing-month:${month}`;
  if (mode === "shared") await tx.$queryRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${key}))::text`;
  else await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text`;
}

export async function findInvoicedMonth(db: DbClient, month: string) {
  return db.invoicedMonth.findUnique({ where: { month }, select: { month: true, invoicedAt: true } });
}

export async function listInvoicedMonths(db: DbClient, months: string[]) {
  const rows = await db.invoicedMonth.findMany({ where: { month: { in: months } }, select: { month: true } });
  return new Set(rows.map((row) => row.month));
}

/** Records the month as invoiced (a second time fails on the primary key) and locks its entries. */
export async function insertInvoicedMonth(tx: DbClient, month: string, staffId: string, now: Date) {
  const row = await tx.invoicedMonth.create({
    data: { month, invoicedByStaffId: staffId, invoicedAt: now },
    select: { month: true, invoicedAt: true },
  });
  const { count } = await tx.timeEntry.updateMany({
    where: { billingMonth: month, invoicedAt: null },
    data: { invoicedAt: now },
  });
  return { ...row, entries: count };
}

/** A month's billable entries with what a statement names: ticket, customer, the consent's rate. */
export async function listBillableEntriesOfMonth(db: DbClient, month: string, customerId?: string) {
  return db.timeEntry.findMany({
    where: { billingMonth: month, billable: true, ...(customerId ? { ticket: { customerId } } : {}) },
    select: {
      ticketId: true,
      minutes: true,
      billingMonth: true,
      consent: { select: { centsPerBlock: true, vatPercent: true } },
      ticket: {
        select: { number: true, subject: true, customerId: true, customer: { select: { name: true } } },
      },
    },
  });
}
export type StatementEntryRow = Awaited<ReturnType<typeof listBillableEntriesOfMonth>>[number];

/** The months in which a customer's tickets have billable time, newest first. */
export async function listBillingMonthsOf(db: DbClient, customerId: string): Promise<string[]> {
  const rows = await db.timeEntry.groupBy({
    by: ["billingMonth"],
    where: { billable: true, ticket: { customerId } },
    orderBy: { billingMonth: "desc" },
  });
  return rows.map((row) => row.billingMonth);
}

/** The entries' notes on these tickets (erasure scrubs them). */
export async function listEntryNotes(db: DbClient, ticketIds: string[]) {
  return db.timeEntry.findMany({ where: { ticketId: { in: ticketIds } }, select: { id: true, note: true } });
}

/** Rewrites a note only: an invoiced entry keeps its minutes, so the books stay as they were. */
export async function setEntryNote(db: DbClient, id: string, note: string): Promise<void> {
  await db.timeEntry.update({ where: { id }, data: { note } });
}

/** The months with billable time on the customer's tickets not invoiced yet (erasure waits for them). */
export async function listUninvoicedBillableMonthsOf(db: DbClient, customerId: string): Promise<string[]> {
  const rows = await db.timeEntry.findMany({
    where: { ticket: { customerId }, billable: true, invoicedAt: null },
    distinct: ["billingMonth"],
    orderBy: { billingMonth: "asc" },
    select: { billingMonth: true },
  });
  return rows.map((row) => row.billingMonth);
}

/** A merged ticket's time goes with its thread to the ticket it was merged into. */
export async function moveTimeEntries(tx: DbClient, fromTicketId: string, toTicketId: string): Promise<void> {
  await tx.timeEntry.updateMany({ where: { ticketId: fromTicketId }, data: { ticketId: toTicketId } });
}
