import { buildPath, type FaqSuggestionEvent, recordFaqSuggestionEvent } from "@helpdesk/contracts";
import { apiBaseUrl } from "../../../lib/api-client.ts";

const url = `${apiBaseUrl}${buildPath(recordFaqSuggestionEvent.path)}`;

/**
 * Sends a batch of suggestion events past the API client on purpose: without the access token and
 * without cookies, so that nothing ties them to an account. While the page is being left only a
 * beacon is sure to arrive; otherwise (or where the browser refuses the beacon) a keepalive fetch.
 * Fire and forget: a lost event costs a statistic, never the customer's form.
 */
export function sendSuggestionEvents(events: FaqSuggestionEvent[], leaving: boolean): void {
  const body = JSON.stringify({ events });
  if (leaving && typeof navigator.sendBeacon === "function") {
    if (navigator.sendBeacon(url, new Blob([body], { type: "application/json" }))) return;
  }
  void fetch(url, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json" },
    credentials: "omit",
    keepalive: true,
  }).catch(() => undefined);
}
