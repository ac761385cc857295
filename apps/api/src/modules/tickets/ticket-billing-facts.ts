// What billing may use of tickets: whose ticket it is (for the access rules), its number, and the
// audit trail, written inside billing's own transactions.
export { recordTicketEvent } from "./ticket-events.ts";
export { formatTicketNumber } from "./ticket-number.ts";
export { findTicketAccessFacts, staffRef, type TicketAccessFacts } from "./tickets.repository.ts";
