// Dates of work are days in the provider's zone: "today" and a work date's billing month.
const BILLING_ZONE = "Europe/Amsterdam";

/** Today as YYYY-MM-DD in Amsterdam. */
export const todayInBillingZone = (now: Date): string =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: BILLING_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export const billingMonthOf = (date: string): string => date.slice(0, 7);

/** A calendar date as the Date Prisma stores in a `date` column (midnight UTC). */
export const dateColumn = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

export const dateOfColumn = (value: Date): string => value.toISOString().slice(0, 10);
