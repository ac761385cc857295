import {
  administrativeChanges,
  administrativeDetailsSchema,
  billingDetailsSchema,
  billingRequests,
  callbackDetailsSchema,
  cancellationDetailsSchema,
  remoteSupportDetailsSchema,
  type TicketCategory,
  technicalDetailsSchema,
  ticketCategories,
} from "@helpdesk/contracts";

/** What the new-ticket form holds while it is filled in. */
export interface TicketDraft {
  category: TicketCategory | undefined;
  /** One of a signed-in customer's own services, or "". */
  serviceId: string;
  /** The chosen category's fields, by name (`phone`, `requestedEndDate`, ...). */
  details: Record<string, string>;
  subject: string;
  message: string;
  email: string;
  name: string;
}

export const emptyDraft: TicketDraft = {
  category: undefined,
  serviceId: "",
  details: {},
  subject: "",
  message: "",
  email: "",
  name: "",
};

/** Every field the form shows somewhere, by its path in the body: the contract's, category fields included. */
export const ticketFormFields: readonly string[] = [
  "category",
  "serviceId",
  "subject",
  "message",
  "email",
  "name",
  ...[
    administrativeDetailsSchema,
    billingDetailsSchema,
    cancellationDetailsSchema,
    technicalDetailsSchema,
    remoteSupportDetailsSchema,
    callbackDetailsSchema,
  ].flatMap((schema) => Object.keys(schema.shape).map((field) => `details.${field}`)),
];

/** The request body from the draft: only the chosen category's details, blanks left out. */
export function bodyOf(
  draft: TicketDraft,
  askContact: boolean,
  attachments: string[],
): Record<string, unknown> {
  const details = Object.fromEntries(
    Object.entries(draft.details).filter(([, value]) => value.trim() !== ""),
  );
  const body: Record<string, unknown> = {
    category: draft.category,
    details,
    subject: draft.subject,
    message: draft.message,
  };
  if (draft.serviceId) body.serviceId = draft.serviceId;
  if (attachments.length > 0) body.attachments = attachments;
  if (askContact) {
    if (draft.email.trim()) body.email = draft.email;
    if (draft.name.trim()) body.name = draft.name;
  }
  return body;
}

/** The detail a "request a change" link may fill in, per category, with the values the contract allows. */
const prefillableDetails: Partial<Record<TicketCategory, { field: string; values: readonly string[] }>> = {
  administrative: { field: "change", values: administrativeChanges },
  billing: { field: "request", values: billingRequests },
};

/**
 * A draft filled from a link such as `/tickets/new?category=billing&request=yearly_billing&service=…`
 * (Mijn account's "Wijziging aanvragen"). Values the contract does not know are ignored; the service
 * must be one of the customer's own, which the form checks when it lists them.
 */
export function draftFromSearch(search: URLSearchParams): TicketDraft {
  const category = ticketCategories.find((candidate) => candidate === search.get("category"));
  if (!category) return emptyDraft;
  const detail = prefillableDetails[category];
  const value = detail ? search.get(detail.field) : null;
  return {
    ...emptyDraft,
    category,
    serviceId: search.get("service") ?? "",
    details: detail && value && detail.values.includes(value) ? { [detail.field]: value } : {},
  };
}
