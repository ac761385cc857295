/**
 * A queue count for people: "1.234" in the reader's language, or "meer dan 10.000" when the server
 * stopped counting at its cap (counts stay quick at any queue size, see the API's ticket counts).
 */
export function formatQueueCount(
  language: string,
  count: number,
  capped: boolean | undefined,
  moreThan: (count: string) => string,
): string {
  const shown = count.toLocaleString(language);
  return capped ? moreThan(shown) : shown;
}
