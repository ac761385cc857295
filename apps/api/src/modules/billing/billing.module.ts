// What other modules use of billing: a ticket's billable minutes and blocks (the staff ticket view),
// for erasure the months still to invoice (it waits for them) and the scrubbing of time-entry
// notes and consent texts, and for a merge of tickets the move of their billable work.
export { eraseCustomerFromBilling } from "./billing-erasure.ts";
export { moveTicketBilling } from "./billing-ticket-merge.ts";
export { listUninvoicedBillableMonthsOf } from "./time-entries.repository.ts";
export { ticketBillingTotals } from "./time-entries.service.ts";
