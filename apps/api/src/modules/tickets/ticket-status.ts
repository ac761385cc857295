// The allowed status transitions, in one place.
import { customerStatusMoves, type TicketStatus } from "@helpdesk/contracts";
import { AppError } from "../../errors/app-error.ts";

const open: TicketStatus[] = ["open", "pending", "on_hold", "solved", "closed"];

/** `closed` is final: a later reply starts a linked follow-up ticket instead. */
const transitions: Record<TicketStatus, TicketStatus[]> = {
  new: open,
  open: ["pending", "on_hold", "solved", "closed"],
  pending: ["open", "on_hold", "solved", "closed"],
  on_hold: ["open", "pending", "solved", "closed"],
  solved: ["open", "closed"],
  closed: [],
};

/** Customers may close their own ticket, or reopen it while it waits on them or is solved (contracts). */
const customerTransitions: Record<TicketStatus, readonly TicketStatus[]> = customerStatusMoves;

export function assertTransition(from: TicketStatus, to: TicketStatus, by: "staff" | "customer"): void {
  const allowed = (by === "staff" ? transitions : customerTransitions)[from];
  if (!allowed.includes(to)) {
    throw new AppError("conflict", `A ${from} ticket cannot become ${to}`);
  }
}

/** A customer's reply brings a ticket that waited on them, or was solved, back to the team. */
export function statusAfterCustomerReply(status: TicketStatus): TicketStatus {
  return status === "pending" || status === "solved" ? "open" : status;
}

/** The team's first public reply takes a new ticket into work. */
export function statusAfterStaffReply(status: TicketStatus): TicketStatus {
  return status === "new" ? "open" : status;
}
