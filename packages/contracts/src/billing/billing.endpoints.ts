import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { ticketIdParamsSchema } from "../tickets/ticket-queries.ts";
import {
  answerConsentLinkSchema,
  answerConsentSchema,
  billingConsentSchema,
  billingRateSchema,
  consentLinkSchema,
  consentLinkViewSchema,
  consentParamsSchema,
  createBillingAgreementSchema,
  createConsentRequestSchema,
  createTimeEntrySchema,
  currentBillingRateSchema,
  invoicedMonthSchema,
  monthParamsSchema,
  myBillingSchema,
  statementQuerySchema,
  statementSchema,
  ticketBillingSchema,
  timeEntryListSchema,
  timeEntryParamsSchema,
  timeEntrySchema,
  updateTimeEntrySchema,
} from "./billing.schemas.ts";

const refused = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema };

export const createTimeEntry = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/time-entries",
  summary:
    "Log time on a ticket (staff who work tickets): 1 to 1440 minutes, not in the future; billable only under an accepted consent with room under its cap (else 409), never in an invoiced month",
  tag: "Billing",
  params: ticketIdParamsSchema,
  body: createTimeEntrySchema,
  responses: { 201: timeEntrySchema, ...refused },
});

export const listTimeEntries = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/time-entries",
  summary: "The time logged on a ticket, with its billable minutes and blocks (staff who work tickets)",
  tag: "Billing",
  params: ticketIdParamsSchema,
  responses: { 200: timeEntryListSchema, 401: problemSchema, 404: problemSchema },
});

export const updateTimeEntry = defineEndpoint({
  method: "PATCH",
  path: "/tickets/:id/time-entries/:entryId",
  summary: "Correct a time entry until its month is invoiced (409 after); on the audit trail",
  tag: "Billing",
  params: timeEntryParamsSchema,
  body: updateTimeEntrySchema,
  responses: { 200: timeEntrySchema, ...refused },
});

export const deleteTimeEntry = defineEndpoint({
  method: "DELETE",
  path: "/tickets/:id/time-entries/:entryId",
  summary: "Delete a time entry until its month is invoiced (409 after); on the audit trail",
  tag: "Billing",
  params: timeEntryParamsSchema,
  responses: { 204: null, 401: problemSchema, 404: problemSchema, 409: problemSchema },
});

export const getTicketBilling = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/billing",
  summary:
    "The consents asked and given on a ticket and the blocks billed per month: for the ticket's customer and staff who work tickets",
  tag: "Billing",
  params: ticketIdParamsSchema,
  responses: { 200: ticketBillingSchema, 401: problemSchema, 404: problemSchema },
});

export const createConsentRequest = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/consent-requests",
  summary:
    "Ask the customer's consent before billable work (staff who work tickets): what will be done and an optional cap in blocks; the current rate is copied onto it and the customer is e-mailed a single-use link (409 without a rate or a customer)",
  tag: "Billing",
  params: ticketIdParamsSchema,
  body: createConsentRequestSchema,
  responses: { 201: billingConsentSchema, ...refused },
});

export const answerConsentRequest = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/consent-requests/:consentId/answer",
  summary: "The ticket's customer accepts or declines a consent request in the portal (409 when answered)",
  tag: "Billing",
  params: consentParamsSchema,
  body: answerConsentSchema,
  responses: { 200: billingConsentSchema, ...refused },
});

export const viewConsentLink = defineEndpoint({
  method: "POST",
  path: "/consent-links/view",
  summary:
    "What an e-mailed consent link asks, before it is answered (404 for an unknown, used or expired link, or one of another customer's ticket)",
  tag: "Billing",
  body: consentLinkSchema,
  responses: { 200: consentLinkViewSchema, 400: problemSchema, 404: problemSchema },
});

export const answerConsentLink = defineEndpoint({
  method: "POST",
  path: "/consent-links/answer",
  summary:
    "Accept or decline with the e-mailed link: works once (404 after), and not for another signed-in customer",
  tag: "Billing",
  body: answerConsentLinkSchema,
  responses: { 200: consentLinkViewSchema, 400: problemSchema, 404: problemSchema, 409: problemSchema },
});

export const createBillingAgreement = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/billing-agreements",
  summary:
    "Billing records that billable work was agreed with the customer otherwise, with the reason (the current rate is copied)",
  tag: "Billing",
  params: ticketIdParamsSchema,
  body: createBillingAgreementSchema,
  responses: { 201: billingConsentSchema, ...refused },
});

export const getBillingRate = defineEndpoint({
  method: "GET",
  path: "/billing/rate",
  summary: "The current rate per started 15 minutes (staff who work tickets)",
  tag: "Billing",
  responses: { 200: currentBillingRateSchema, 401: problemSchema, 404: problemSchema },
});

export const setBillingRate = defineEndpoint({
  method: "PUT",
  path: "/billing/rate",
  summary: "Set the rate per started 15 minutes, in euro cents without VAT (admins); consents keep theirs",
  tag: "Billing",
  body: billingRateSchema,
  responses: { 200: currentBillingRateSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const getBillingStatement = defineEndpoint({
  method: "GET",
  path: "/billing/statements",
  summary: "Billable blocks per ticket for one month, per customer, in cents (billing and customer service)",
  tag: "Billing",
  query: statementQuerySchema,
  responses: { 200: statementSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const downloadBillingStatement = defineEndpoint({
  method: "GET",
  path: "/billing/statements.csv",
  summary:
    "The month's statement as CSV: one row per ticket, amounts in cents and in euro (billing and customer service)",
  tag: "Billing",
  query: statementQuerySchema,
  download: true,
  responses: { 200: null, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const markMonthInvoiced = defineEndpoint({
  method: "POST",
  path: "/billing/months/:month/invoice",
  summary:
    "Mark a month invoiced (billing): its entries are locked, no entry can be added to it any more (409 when marked already)",
  tag: "Billing",
  params: monthParamsSchema,
  responses: { 200: invoicedMonthSchema, ...refused },
});

export const getMyBilling = defineEndpoint({
  method: "GET",
  path: "/me/billing",
  summary: "A customer's monthly overview of billed support: blocks and amounts per ticket per month",
  tag: "Billing",
  responses: { 200: myBillingSchema, 401: problemSchema, 404: problemSchema },
});
