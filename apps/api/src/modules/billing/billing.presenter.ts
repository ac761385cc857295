// Rows -> the contract's shapes. A consent names no staff member (customers see it); a time entry
// names who logged it, and only staff get time entries.

import { dateOfColumn } from "./billing-clock.ts";
import type { ConsentRow } from "./billing-consents.repository.ts";
import type { TimeEntryRow } from "./time-entries.repository.ts";

export function presentTimeEntry(row: TimeEntryRow) {
  return {
    id: row.id,
    date: dateOfColumn(row.workDate),
    billingMonth: row.billingMonth,
    minutes: row.minutes,
    billable: row.billable,
    note: row.note,
    loggedBy: row.staff,
    invoiced: row.invoicedAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

const answerChannel = (via: string | null): "portal" | "email" | null =>
  via === "portal" || via === "email" ? via : null;

export function presentConsent(row: ConsentRow, blocksUsed: number) {
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    centsPerBlock: row.centsPerBlock,
    vatPercent: row.vatPercent,
    capBlocks: row.capBlocks,
    status: row.status,
    blocksUsed,
    requestedAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredVia: answerChannel(row.answeredVia),
  };
}

/** What an audit event keeps of an entry: no note text beyond what staff see anyway. */
export const entryAuditFacts = (row: TimeEntryRow) => ({
  entryId: row.id,
  date: dateOfColumn(row.workDate),
  minutes: row.minutes,
  billable: row.billable,
  note: row.note,
});
