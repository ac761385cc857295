// The arithmetic of billable time, without a database: blocks per month, what a consent has used,
// and a statement's rows. Rounding is per ticket per billing month (see contracts' billing-blocks.ts).
import { blocksFor, vatCentsOf } from "@helpdesk/contracts";

export interface MonthMinutes {
  month: string;
  minutes: number;
}

/** Blocks billed for minutes grouped by month: each month rounded up on its own, then added. */
export const blocksOverMonths = (months: MonthMinutes[]): number =>
  months.reduce((sum, month) => sum + blocksFor(month.minutes), 0);

/** The months with `minutes` more in `month` (an entry being added or changed). */
export function withMinutesAdded(months: MonthMinutes[], month: string, minutes: number): MonthMinutes[] {
  const found = months.some((entry) => entry.month === month);
  const added = months.map((entry) =>
    entry.month === month ? { month, minutes: entry.minutes + minutes } : entry,
  );
  return found ? added : [...added, { month, minutes }];
}

export interface Money {
  amountCents: number;
  vatCents: number;
  totalCents: number;
}

export const moneyFor = (blocks: number, centsPerBlock: number, vatPercent: number): Money => {
  const amountCents = blocks * centsPerBlock;
  const vatCents = vatCentsOf(amountCents, vatPercent);
  return { amountCents, vatCents, totalCents: amountCents + vatCents };
};

export const sumMoney = (rows: Money[]): Money =>
  rows.reduce(
    (sum, row) => ({
      amountCents: sum.amountCents + row.amountCents,
      vatCents: sum.vatCents + row.vatCents,
      totalCents: sum.totalCents + row.totalCents,
    }),
    { amountCents: 0, vatCents: 0, totalCents: 0 },
  );

export interface BillableEntry {
  ticketId: string;
  minutes: number;
  rate: { centsPerBlock: number; vatPercent: number };
}

export interface TicketMonth extends Money {
  ticketId: string;
  billableMinutes: number;
  billedBlocks: number;
  centsPerBlock: number;
  vatPercent: number;
}

/**
 * One row per ticket for one month's billable entries. When a ticket's entries in a month fall under
 * consents with different rates (a new consent after a rate change), the month's blocks are charged
 * at the lowest of them: the customer never pays more than a rate they agreed to.
 */
export function ticketMonths(entries: BillableEntry[]): TicketMonth[] {
  const byTicket = new Map<string, { minutes: number; rate: BillableEntry["rate"] }>();
  for (const entry of entries) {
    const seen = byTicket.get(entry.ticketId);
    if (!seen) byTicket.set(entry.ticketId, { minutes: entry.minutes, rate: entry.rate });
    else {
      seen.minutes += entry.minutes;
      if (entry.rate.centsPerBlock < seen.rate.centsPerBlock) seen.rate = entry.rate;
    }
  }
  return [...byTicket].map(([ticketId, { minutes, rate }]) => {
    const billedBlocks = blocksFor(minutes);
    return {
      ticketId,
      billableMinutes: minutes,
      billedBlocks,
      centsPerBlock: rate.centsPerBlock,
      vatPercent: rate.vatPercent,
      ...moneyFor(billedBlocks, rate.centsPerBlock, rate.vatPercent),
    };
  });
}
