// The month's statement as CSV (csv-stringify: quoting and line ends done right, docs/adr/0012).
import { centsToEuro } from "@helpdesk/contracts";
import { stringify } from "csv-stringify/sync";

interface CsvRow {
  customerId: string | null;
  customerName: string;
  ticketNumber: string;
  billableMinutes: number;
  billedBlocks: number;
  centsPerBlock: number;
  vatPercent: number;
  amountCents: number;
  vatCents: number;
  totalCents: number;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula: a
 * customer named "=HYPERLINK(...)" must stay text, so such a cell gets a leading apostrophe.
 */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const statementCsvColumns = [
  "month",
  "customer_id",
  "customer_name",
  "ticket",
  "billable_minutes",
  "blocks_15_min",
  "rate_cents",
  "vat_percent",
  "amount_cents",
  "vat_cents",
  "total_cents",
  "amount_eur",
  "vat_eur",
  "total_eur",
] as const;

export function statementCsv(month: string, rows: CsvRow[]): string {
  return stringify(
    rows.map((row) => [
      month,
      row.customerId ?? "",
      asText(row.customerName),
      row.ticketNumber,
      row.billableMinutes,
      row.billedBlocks,
      row.centsPerBlock,
      row.vatPercent,
      row.amountCents,
      row.vatCents,
      row.totalCents,
      centsToEuro(row.amountCents),
      centsToEuro(row.vatCents),
      centsToEuro(row.totalCents),
    ]),
    { header: true, columns: [...statementCsvColumns], record_delimiter: "\r\n" },
  );
}
