// What other modules use of billing: a ticket's billable minutes and blocks (the staff ticket view),
// and erasure's scrubbing of time-entry notes and consent texts.
export { eraseCustomerFromBilling } from "./billing-erasure.ts";
export { ticketBillingTotals } from "./time-entries.service.ts";
