// Rows -> response shapes. The customer shapes have no field that could name an agent: staff
// authors become the team.
import type { TicketView } from "@helpdesk/contracts";
import type { TicketEventRow } from "./ticket-events.repository.ts";
import type {
  CallbackTicketListRow,
  CustomerTicketListRow,
  StaffTicketListRow,
} from "./ticket-lists.repository.ts";
import { formatTicketNumber } from "./ticket-number.ts";
import { presentCustomerPromise, presentSla } from "./ticket-sla.ts";
import type { CallbackTicketRow, CustomerTicketRow, StaffTicketRow } from "./tickets.repository.ts";

type CustomerTicket = Extract<TicketView, { view: "customer" }>;
type StaffTicket = Extract<TicketView, { view: "staff" }>;
type CallbackTicket = Extract<TicketView, { view: "callback" }>;

const presentAttachment = (row: {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: Date;
}) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const ticketRef = (ticket: { id: string; number: number }) => ({
  id: ticket.id,
  number: formatTicketNumber(ticket.number),
});

function core(row: CustomerTicketRow | StaffTicketRow) {
  return {
    id: row.id,
    number: formatTicketNumber(row.number),
    subject: row.subject,
    status: row.status,
    category: row.category,
    details: asRecord(row.details),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    followUpOf: row.followUpOf ? ticketRef(row.followUpOf) : null,
    mergedInto: row.mergedInto ? ticketRef(row.mergedInto) : null,
  };
}

export function presentCustomerTicket(row: CustomerTicketRow, teamName: string): CustomerTicket {
  return {
    view: "customer",
    ...core(row),
    attachments: row.attachments.map(presentAttachment),
    messages: row.messages.map((message) => ({
      id: message.id,
      author:
        message.authorKind === "customer"
          ? { type: "customer" as const, name: message.authorCustomer?.name ?? row.customer?.name ?? "" }
          : { type: "team" as const, name: teamName },
      body: message.body,
      createdAt: message.createdAt.toISOString(),
      attachments: message.attachments.map(presentAttachment),
    })),
    ...presentCustomerPromise(row),
  };
}

/** Who asked: the customer record, or the phone caller's own details when there is none. */
function presentRequester(row: Pick<StaffTicketRow, "customer" | "requesterVerifiedAt" | "details">) {
  const details = asRecord(row.details);
  return {
    customerId: row.customer?.id ?? null,
    name: row.customer?.name ?? String(details.callerName ?? ""),
    email: row.customer?.email ?? null,
    verified: row.requesterVerifiedAt !== null,
  };
}

/** The staff view; `billing` comes from the billing module (billable minutes and blocks). */
/** A snooze whose time has come is over: the ticket is back in the queue. */
const presentSnooze = (until: Date | null) => (until && until > new Date() ? until.toISOString() : null);

export function presentStaffTicket(row: StaffTicketRow, billing: StaffTicket["billing"]): StaffTicket {
  return {
    view: "staff",
    ...core(row),
    priority: row.priority,
    channel: row.channel,
    requester: presentRequester(row),
    assignee: row.assignee,
    createdBy: row.createdByStaff,
    serviceId: row.serviceId,
    sla: presentSla(row),
    snoozedUntil: presentSnooze(row.snoozedUntil),
    billing,
    attachments: row.attachments.map(presentAttachment),
    messages: row.messages.map((message) => ({
      id: message.id,
      author:
        message.authorKind === "customer"
          ? {
              type: "customer" as const,
              id: message.authorCustomer?.id ?? null,
              name: message.authorCustomer?.name ?? "",
            }
          : {
              type: "staff" as const,
              id: message.authorStaff?.id ?? null,
              name: message.authorStaff?.name ?? "",
            },
      body: message.body,
      internal: message.internal,
      createdAt: message.createdAt.toISOString(),
      attachments: message.attachments.map(presentAttachment),
    })),
  };
}

/** The phone desk's view: what it entered and the status; no requester, author or assignee. */
export function presentCallbackTicket(row: CallbackTicketRow): CallbackTicket {
  return {
    view: "callback",
    id: row.id,
    number: formatTicketNumber(row.number),
    subject: row.subject,
    status: row.status,
    category: row.category,
    details: asRecord(row.details),
    createdAt: row.createdAt.toISOString(),
    attachments: row.attachments.map(presentAttachment),
    messages: row.messages.map((message) => ({
      id: message.id,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
      attachments: message.attachments.map(presentAttachment),
    })),
  };
}

function summaryCore(row: CustomerTicketListRow) {
  return {
    id: row.id,
    number: formatTicketNumber(row.number),
    subject: row.subject,
    status: row.status,
    category: row.category,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentCustomerTicketSummary = (row: CustomerTicketListRow) => ({
  view: "customer" as const,
  ...summaryCore(row),
});

export const presentStaffTicketSummary = (row: StaffTicketListRow) => ({
  view: "staff" as const,
  ...summaryCore(row),
  priority: row.priority,
  requester: presentRequester(row),
  assignee: row.assignee,
  sla: presentSla(row),
  snoozedUntil: presentSnooze(row.snoozedUntil),
});

export const presentCallbackTicketSummary = (row: CallbackTicketListRow) => ({
  view: "callback" as const,
  id: row.id,
  number: formatTicketNumber(row.number),
  subject: row.subject,
  status: row.status,
  category: row.category,
  createdAt: row.createdAt.toISOString(),
});

export function presentTicketEvent(row: TicketEventRow) {
  const person = row.actorStaff ?? row.actorCustomer;
  return {
    id: row.id,
    type: row.type,
    actor: {
      type: row.actorKind,
      id: person?.id ?? null,
      name: person?.name ?? null,
      apiToken: row.actorStaff?.isApiToken ?? false,
    },
    before: row.before ?? null,
    after: row.after ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
