// How billable minutes become money, shared by the API and the web app so both round alike.
//
// Rounding unit: per ticket per billing month. All billable minutes logged on one ticket with a work
// date in one calendar month are added up first, and that sum is billed in started blocks of 15
// minutes: 1 minute is 1 block, 15 minutes 1 block, 16 minutes 2 blocks; two entries of 10 minutes
// in one month are 20 minutes, so 2 blocks (not 2 + 2 rounded per entry). Kinder than per entry,
// and what the provider's FAQ means by "in blokken van 15 minuten".

export const BLOCK_MINUTES = 15;
/** Most minutes one entry may hold: a whole day. */
export const MAX_ENTRY_MINUTES = 24 * 60;

/** Started blocks of 15 minutes for this many billable minutes. */
export const blocksFor = (minutes: number): number => Math.ceil(Math.max(0, minutes) / BLOCK_MINUTES);

/** VAT on an amount in cents, rounded half up to a whole cent. */
export const vatCentsOf = (amountCents: number, vatPercent: number): number =>
  Math.round((amountCents * vatPercent) / 100);

/** Cents as euro with two decimals and a dot (`1234` → `"12.34"`), for files and machines. */
export const centsToEuro = (cents: number): string => {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
};
