import type { EndpointDescriptor } from "../common/endpoint.ts";
import { type EndpointName, endpoints } from "../endpoints.ts";
import type { ApiScope } from "./api-tokens.schemas.ts";

/**
 * What an API token needs to call each endpoint: a scope; `any` (every token, its role decides, as
 * for public reads); or `people` (signing in, a customer's own data, token management: no token).
 * Typed by the endpoint list, so a new endpoint does not compile without its row.
 */
export type EndpointScope = ApiScope | "any" | "people";

export const endpointScopes: Record<EndpointName, EndpointScope> = {
  getHealth: "any",
  getReadiness: "any",
  getMe: "any",
  login: "people",
  refreshSession: "people",
  logout: "people",
  requestEmailLink: "people",
  confirmEmailLink: "people",
  requestPasswordReset: "people",
  confirmPasswordReset: "people",
  requestMyDataExport: "people",
  downloadMyDataExport: "people",
  createApiToken: "people",
  listApiTokens: "people",
  revokeApiToken: "people",
  receiveInboundEmail: "people",
  acceptStaffInvitation: "people",
  // A live stream belongs to a signed-in tab's session; integrations get webhooks (issue 17).
  createLiveStreamTicket: "people",
  // Who is viewing or typing is about people at a screen.
  getTicketPresence: "people",
  beatTicketPresence: "people",
  leaveTicketPresence: "people",
  // A rating is the customer's own verdict: given by them (signed in, or through the e-mailed link).
  rateTicket: "people",
  // So is a consent to billable work, and a customer's own billing overview.
  answerConsentRequest: "people",
  viewConsentLink: "people",
  answerConsentLink: "people",
  getMyBilling: "people",
  rateTicketByLink: "people",
  commentTicketRatingByLink: "people",
  getCustomer: "customers:read",
  searchCustomers: "customers:read",
  listCustomerPrivateDataAccess: "customers:read",
  getCustomerErasure: "customers:read",
  eraseCustomer: "customers:write",
  requestCustomerDataExport: "customers:write",
  createStaffMember: "admin",
  listStaffMembers: "admin",
  changeStaffRole: "admin",
  deactivateStaffMember: "admin",
  reactivateStaffMember: "admin",
  resendStaffInvitation: "admin",
  listStaffEvents: "admin",
  listStaffPrivateDataAccess: "admin",
  previewEmail: "admin",
  listFailedEmails: "admin",
  retryFailedEmail: "admin",
  listServiceLevelPolicies: "admin",
  updateServiceLevelPolicy: "admin",
  getServiceCalendar: "admin",
  updateServiceCalendar: "admin",
  recomputeServiceLevels: "admin",
  getRetentionSettings: "admin",
  updateRetentionSettings: "admin",
  startRetentionRun: "admin",
  listRetentionRuns: "admin",
  getReviewLinkSetting: "admin",
  updateReviewLinkSetting: "admin",
  listAssignableStaff: "tickets:read",
  listTickets: "tickets:read",
  countTickets: "tickets:read",
  exportTickets: "tickets:read",
  getTicket: "tickets:read",
  listTicketEvents: "tickets:read",
  downloadTicketAttachment: "tickets:read",
  getServiceLevelReport: "tickets:read",
  getTicketRating: "tickets:read",
  // The stream itself is opened with a single-use ticket (no bearer token), so any caller reaches it.
  openLiveStream: "any",
  listTimeEntries: "tickets:read",
  getTicketBilling: "tickets:read",
  createTimeEntry: "tickets:write",
  updateTimeEntry: "tickets:write",
  deleteTimeEntry: "tickets:write",
  createConsentRequest: "tickets:write",
  // Statements are customer data (names, amounts); an accounting link reads them with customers:read.
  getBillingStatement: "customers:read",
  downloadBillingStatement: "customers:read",
  markMonthInvoiced: "customers:write",
  createBillingAgreement: "customers:write",
  // Webhook endpoints: like token management, for admins; an admin token may manage them too.
  createWebhook: "admin",
  listWebhooks: "admin",
  updateWebhook: "admin",
  deleteWebhook: "admin",
  listWebhookDeliveries: "admin",
  redeliverWebhookDelivery: "admin",
  getBillingRate: "admin",
  setBillingRate: "admin",
  createTicket: "tickets:write",
  updateTicket: "tickets:write",
  addTicketMessage: "tickets:write",
  uploadTicketAttachment: "tickets:write",
  stageUpload: "tickets:write",
  suggestFaqArticles: "any",
  listFaqCategories: "any",
  listPopularFaqArticles: "any",
  listFaqArticles: "any",
  getFaqArticle: "any",
  recordFaqSuggestionEvent: "any",
  followReviewLink: "any",
  getFaqInsights: "faq:write",
  listFaqSynonyms: "faq:write",
  createFaqArticle: "faq:write",
  updateFaqArticle: "faq:write",
  deleteFaqArticle: "faq:write",
  createFaqSynonymGroup: "faq:write",
  deleteFaqSynonymGroup: "faq:write",
};

const scopeByDescriptor = new Map<EndpointDescriptor, EndpointScope>(
  (Object.keys(endpoints) as EndpointName[]).map((name) => [endpoints[name], endpointScopes[name]]),
);

/** The scope of a listed endpoint; `people` for anything else (tests' extra routes). */
export const scopeOfEndpoint = (endpoint: EndpointDescriptor): EndpointScope =>
  scopeByDescriptor.get(endpoint) ?? "people";
