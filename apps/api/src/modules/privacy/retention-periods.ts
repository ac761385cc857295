/**
 * The moment `months` calendar months before `date` (UTC), the day clamped to the month's last:
 * 24 months before 29 February is 28 February.
 */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(date);
  const day = date.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}
