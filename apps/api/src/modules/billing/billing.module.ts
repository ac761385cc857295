// What other modules use of billing: a ticket's billable minutes and blocks (the staff ticket view).
export { ticketBillingTotals } from "./time-entries.service.ts";
