// Who may see and do what, in one place. Services ask here; repositories then select only the
// columns the answer allows, so private data is never loaded for a caller that may not see it.
import { type EndpointScope, type StaffRole, ticketWorkerRoles, worksTickets } from "@helpdesk/contracts";
import { AppError } from "../../errors/app-error.ts";
import type { Actor, SignedInActor, StaffActor } from "./actor.ts";

/** How much of a customer record a caller sees: all of it, contact and technical data, or nothing. */
export type CustomerVisibility = "full" | "support" | "none";

// From the provider's privacy statement: customer service and billing see everything, support
// staff see contact and technical data only, the phone desk sees no customer data at all.
export const customerVisibilityByRole: Readonly<Record<StaffRole, CustomerVisibility>> = {
  admin: "full",
  customer_service: "full",
  billing: "full",
  agent: "support",
  phone_desk: "none",
};

export function customerVisibility(actor: Actor, customerId: string): CustomerVisibility {
  switch (actor.kind) {
    case "guest":
      return "none";
    case "customer":
      return actor.id === customerId ? "full" : "none";
    case "staff":
      return customerVisibilityByRole[actor.role];
  }
}

/** What a staff search over all customers may show. */
export function customerSearchVisibility(actor: Actor): CustomerVisibility {
  return actor.kind === "staff" ? customerVisibilityByRole[actor.role] : "none";
}

/** Who reads the access log of private data per customer (admins also per staff member), and erases customers. */
export const privateDataLogReaders: readonly StaffRole[] = ["admin", "customer_service"];
export const customerErasers: readonly StaffRole[] = ["admin", "customer_service"];
/** Who starts a data export for a customer who asked by ticket (the link still goes to the customer). */
export const customerDataExporters: readonly StaffRole[] = ["admin", "customer_service"];
/** Who sets how long personal data is kept, previews and runs retention, and reads its record. */
export const retentionManagers: readonly StaffRole[] = ["admin"];
/** Who lists e-mails that could not be delivered, and sends them again. */
export const outboxManagers: readonly StaffRole[] = ["admin", "customer_service"];

/** Who creates, lists and revokes API tokens (signed in as a person: tokens do not make tokens). */
export const apiTokenManagers: readonly StaffRole[] = ["admin"];
/** Webhook endpoints send ticket data out of the house: admins register and watch them. */
export const webhookManagers: readonly StaffRole[] = ["admin"];

/**
 * An API token calls an endpoint only when its scopes allow it; its role then decides as for a
 * person (404 for what the role may not see). A person is never limited by scopes.
 */
export function assertTokenMayCall(actor: Actor, scope: EndpointScope): void {
  if (actor.kind !== "staff" || !actor.apiToken) return;
  if (scope === "any") return;
  if (scope === "people") throw new AppError("forbidden", "API tokens cannot call this endpoint");
  const { scopes } = actor.apiToken;
  if (scopes !== null && !scopes.includes(scope)) {
    throw new AppError("forbidden", `This API token lacks the scope ${scope}`, {
      headers: { "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${scope}"` },
    });
  }
}
/** Billable time: who reads the monthly statements (and their CSV), who marks a month invoiced, who
 * records an agreement made outside the consent flow, and who sets the rate. Staff who work tickets
 * log time and ask consent; customers see their own consents and blocks. */
export const billingStatementReaders: readonly StaffRole[] = ["billing", "customer_service"];
export const monthInvoicers: readonly StaffRole[] = ["billing"];
export const billingAgreementRecorders: readonly StaffRole[] = ["billing"];
/** Who changes a customer's billing periods and IBAN (with a reason, audited); nobody else can. */
export const customerBillingEditors: readonly StaffRole[] = ["billing"];
/** Who reads a customer's audit trail: the roles that see the whole record. */
export const customerEventReaders: readonly StaffRole[] = ["admin", "customer_service", "billing"];
export const billingRateSetters: readonly StaffRole[] = ["admin"];

export const canManageStaff = (actor: Actor): boolean => actor.kind === "staff" && actor.role === "admin";

/** The FAQ is written by admins and customer service; everyone reads what is published. */
export const faqEditors: readonly StaffRole[] = ["admin", "customer_service"];
export const canEditFaq = (actor: Actor): boolean =>
  actor.kind === "staff" && faqEditors.includes(actor.role);

/** A guest must sign in first (401). */
export function requireSignedIn(actor: Actor, tokenProblem?: string): SignedInActor {
  if (actor.kind === "guest") throw new AppError("unauthenticated", tokenProblem ?? "Sign in to do this");
  return actor;
}

/**
 * Anything a caller may not see answers 404, not 403, so that the existence of a record or of a
 * staff-only endpoint does not leak.
 */
export function denyAsNotFound(): never {
  throw new AppError("not_found");
}

export function requireStaff(actor: SignedInActor, allowed: (role: StaffRole) => boolean): StaffActor {
  if (actor.kind !== "staff" || !allowed(actor.role)) denyAsNotFound();
  return actor;
}

/** Roles that work the ticket queue: defined in the contracts, which the web app reads too. */
export { ticketWorkerRoles, worksTickets };

/**
 * Which view of a ticket a caller gets: the customer's, the staff's, the phone desk's narrow view of
 * a callback request it filed (only what it entered), or none (404).
 */
export type TicketAccess = "customer" | "staff" | "callback" | "none";

export function ticketAccess(
  actor: Actor,
  ticket: { customerId: string | null; createdByStaffId: string | null },
): TicketAccess {
  switch (actor.kind) {
    case "guest":
      return "none";
    case "customer":
      return ticket.customerId === actor.id ? "customer" : "none";
    case "staff":
      if (worksTickets(actor.role)) return "staff";
      // The phone desk sees the callback requests it filed, and of them only what it entered: not
      // the customer record the caller's address matched, nor anyone else's messages.
      return ticket.createdByStaffId === actor.id ? "callback" : "none";
  }
}

/** Which tickets a list shows: a customer's own, the phone desk's own callbacks, or the whole queue. */
export type TicketListScope =
  | { kind: "customer"; customerId: string }
  | { kind: "createdBy"; staffId: string }
  | { kind: "queue" };

export function ticketListScope(actor: SignedInActor): TicketListScope {
  if (actor.kind === "customer") return { kind: "customer", customerId: actor.id };
  return worksTickets(actor.role) ? { kind: "queue" } : { kind: "createdBy", staffId: actor.id };
}

/** Queue counts: the list's scope for staff. */
export type TicketCountScope = Exclude<TicketListScope, { kind: "customer" }>;

/**
 * Counts are per queue view, and the views are about assignment, which customers never see: a
 * customer gets 404, as for any staff-only endpoint. Staff count what their list shows.
 */
export function ticketCountScope(actor: SignedInActor): TicketCountScope {
  const scope = ticketListScope(actor);
  if (scope.kind === "customer") denyAsNotFound();
  return scope;
}

/** Changing status, priority, category or assignee is for the staff who work tickets. */
export const canWorkTicket = (actor: Actor): actor is StaffActor =>
  actor.kind === "staff" && worksTickets(actor.role);

/** A ticket's rating is given by its own customer only; it is read by them and by the staff who work tickets. */
export const canRateTicket = (access: TicketAccess): boolean => access === "customer";
export const canReadTicketRating = (access: TicketAccess): boolean =>
  access === "customer" || access === "staff";
/** Who sets the public review page a good rating offers. */
export const reviewLinkEditors: readonly StaffRole[] = ["admin"];
/**
 * Which ticket changes a live stream carries: staff who see the ticket hear of every change; its
 * customer only of what a customer may see (no internal notes, assignments or priorities); the
 * phone desk's narrow callback view hears of nothing (its page shows only what it entered).
 */
export function hearsOfTicketChange(
  actor: SignedInActor,
  ticket: { customerId: string | null; createdByStaffId: string | null },
  customerVisible: boolean,
): boolean {
  const access = ticketAccess(actor, ticket);
  return access === "staff" || (access === "customer" && customerVisible);
}

/** Who is viewing or typing on a ticket is for the staff who work tickets, never for customers. */
export const seesTicketPresence = canWorkTicket;
