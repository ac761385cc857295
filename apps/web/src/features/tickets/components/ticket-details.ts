import type { Language } from "@helpdesk/contracts";
import { translate } from "../../../i18n/messages.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";

/** Each known detail field: the key of its label, and of its values' labels (for choices). */
const fields: Record<string, { label: string; options?: string }> = {
  change: { label: "change", options: "administrative" },
  request: { label: "billingRequest", options: "billing" },
  cancel: { label: "cancel", options: "cancel" },
  serviceName: { label: "serviceName" },
  requestedEndDate: { label: "requestedEndDate" },
  kind: { label: "kind", options: "kind" },
  affectedService: { label: "affectedService" },
  slotStart: { label: "slotStart" },
  callerName: { label: "callerName" },
  phone: { label: "phone" },
  preferredTime: { label: "preferredTime" },
};

/** A ticket's category fields as `[label, value]` in the reader's language; unknown ones as they are. */
export function describeDetails(language: Language, details: Record<string, unknown>): [string, string][] {
  const messages = ticketsMessages[language];
  return Object.entries(details).map(([key, value]) => {
    const field = fields[key];
    const text =
      key === "slotStart" && typeof value === "string" && !Number.isNaN(Date.parse(value))
        ? new Date(value).toLocaleString(language === "nl" ? "nl-NL" : "en-GB", {
            timeZone: "Europe/Amsterdam",
            dateStyle: "full",
            timeStyle: "short",
          })
        : String(value);
    if (!field) return [key, text];
    const label = translate(messages, `newTicket.${field.label}`);
    if (!field.options) return [label, text];
    const optionKey = `options.${field.options}.${text}`;
    const option = translate(messages, optionKey);
    return [label, option === optionKey ? text : option];
  });
}
