// What other modules use of billing: a ticket's billable minutes and blocks (the staff ticket view),
// and for erasure: the months still to invoice (it waits for them) and the scrubbing of time-entry
// notes and consent texts.
export { eraseCustomerFromBilling } from "./billing-erasure.ts";
export { listUninvoicedBillableMonthsOf } from "./time-entries.repository.ts";
export { ticketBillingTotals } from "./time-entries.service.ts";
