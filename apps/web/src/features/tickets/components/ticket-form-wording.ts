import type { Translate } from "../../../i18n/messages.ts";
import { isApiError } from "../../../lib/api-client.ts";
import type { FieldIssue } from "../../../lib/forms/field-issues.ts";
import type { ticketsNl } from "../i18n/tickets.nl.ts";

type T = Translate<typeof ticketsNl>;

const choiceFields = new Set([
  "category",
  "details.change",
  "details.request",
  "details.cancel",
  "details.kind",
  "details.slotStart",
]);
const dateFields = new Set(["details.requestedEndDate"]);

/** One field's problem in the visitor's words, by its body path (`subject`, `details.phone`). */
export function describeTicketIssue(t: T, issue: FieldIssue): string {
  const { path, value } = issue;
  const empty = value === undefined || (typeof value === "string" && value.trim() === "");
  if (choiceFields.has(path)) return t("errors.choose");
  if (dateFields.has(path)) return t("errors.date");
  if (path === "serviceId") return t("errors.service");
  if (empty) return t("errors.required");
  if (path === "email") return t("errors.email");
  if (path === "details.phone") return t("errors.phone");
  if (issue.code === "too_small") {
    const min = issue.minimum ?? 1;
    return min <= 1 ? t("errors.required") : t("errors.tooShort", { min });
  }
  if (issue.code === "too_big") {
    return issue.maximum ? t("errors.tooLong", { max: issue.maximum }) : t("errors.invalid");
  }
  return t("errors.invalid");
}

/** The message for a failure that is not about one field. */
export function generalError(t: T, error: unknown): string {
  if (!isApiError(error)) return t("errors.unexpected");
  if (error.code === "network_error") return t("errors.network");
  if (error.code === "reply_crossed") return t("errors.replyCrossed");
  if (error.status === 409) return t("errors.conflict");
  if (error.status === 429) return t("errors.tooManyRequests");
  return error.detail && error.status === 400 ? error.detail : t("errors.unexpected");
}

/** The form options the ticket forms share: the tickets' wording of field problems and failures. */
export function ticketWording(t: T) {
  return {
    describe: (issue: FieldIssue) => describeTicketIssue(t, issue),
    describeFailure: (error: unknown) => generalError(t, error),
  };
}
