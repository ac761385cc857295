import type { Translate } from "../../../i18n/messages.ts";
import { isApiError } from "../../../lib/api-client.ts";
import type { ticketsNl } from "../i18n/tickets.nl.ts";

type T = Translate<typeof ticketsNl>;

/** A field of the new-ticket form, by its path in the request body: `subject`, `details.phone`, ... */
export type TicketField = string;

export interface TicketFormErrors {
  fields: Record<TicketField, string>;
  form?: string;
}

const choiceFields = new Set([
  "category",
  "details.change",
  "details.request",
  "details.cancel",
  "details.kind",
  "details.timeSlot",
]);
const dateFields = new Set(["details.requestedEndDate", "details.preferredDate"]);
/** The contract's length limits, for messages about the API's field errors (which carry no numbers). */
const limits: Record<string, { min?: number; max?: number }> = {
  subject: { min: 3, max: 200 },
  message: { max: 20_000 },
  name: { max: 120 },
  "details.serviceName": { max: 200 },
  "details.affectedService": { max: 200 },
  "details.callerName": { max: 120 },
  "details.preferredTime": { max: 120 },
};

interface IssueLike {
  code: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** One field's problem in the visitor's words, from a zod issue or an API field error. */
export function describeTicketIssue(t: T, field: TicketField, issue: IssueLike, value: unknown): string {
  const empty = value === undefined || (typeof value === "string" && value.trim() === "");
  if (choiceFields.has(field)) return t("errors.choose");
  if (dateFields.has(field)) return t("errors.date");
  if (field === "serviceId") return t("errors.service");
  if (empty) return t("errors.required");
  if (field === "email") return t("errors.email");
  if (field === "details.phone") return t("errors.phone");
  if (issue.code === "too_small") {
    const min = typeof issue.minimum === "number" ? issue.minimum : (limits[field]?.min ?? 1);
    return min <= 1 ? t("errors.required") : t("errors.tooShort", { min });
  }
  if (issue.code === "too_big") {
    const max = typeof issue.maximum === "number" ? issue.maximum : limits[field]?.max;
    return max ? t("errors.tooLong", { max }) : t("errors.invalid");
  }
  return t("errors.invalid");
}

/** Reads a value at a dotted path of the body (`details.phone`). */
export function valueAt(body: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      body,
    );
}

/** An API failure as errors: a 400's field errors next to their fields, anything else for the form. */
export function ticketErrorsFromApi(
  t: T,
  error: unknown,
  body: Record<string, unknown>,
  knownFields: ReadonlySet<string>,
): TicketFormErrors {
  if (!isApiError(error)) return { fields: {}, form: t("errors.unexpected") };
  if (error.code === "validation_failed") {
    const fields: Record<string, string> = {};
    for (const fieldError of error.fieldErrors) {
      const field = fieldError.path.replace(/^body\./, "");
      if (knownFields.has(field) && !fields[field])
        fields[field] = describeTicketIssue(t, field, fieldError, valueAt(body, field));
    }
    if (Object.keys(fields).length > 0) return { fields };
  }
  return { fields: {}, form: generalError(t, error) };
}

/** The message for a failure that is not about one field. */
export function generalError(t: T, error: unknown): string {
  if (!isApiError(error)) return t("errors.unexpected");
  if (error.code === "network_error") return t("errors.network");
  if (error.status === 409) return t("errors.conflict");
  if (error.status === 429) return t("errors.tooManyRequests");
  return error.detail && error.status === 400 ? error.detail : t("errors.unexpected");
}
