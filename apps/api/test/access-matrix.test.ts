// Every endpoint × every kind of caller, from one table. The table is typed by the contracts'
// endpoint list, so an endpoint added without a row does not compile, and the first test fails.

import { randomUUID } from "node:crypto";
import {
  type ApiScope,
  apiScopes,
  buildPath,
  type EndpointDescriptor,
  type EndpointName,
  endpointScopes,
  endpoints,
  type StaffRole,
  staffRoles,
} from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRatingLinks } from "../src/modules/ratings/rating-links.ts";
import { createAttachment, createCustomer, createMessage, createStaff, createTicket } from "./factories.ts";
import { createFaqWorld } from "./faq-factories.ts";
import { PNG, pngFile } from "./file-fixtures.ts";
import { accessTokenOf, bearer, createApiTokenAs } from "./http-callers.ts";
import { createTestApp, TEST_REPLY_ADDRESS_SECRET } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

const callers = [
  "guest",
  "customerA",
  "customerB",
  "agent",
  "customer_service",
  "billing",
  "phone_desk",
  "admin",
] as const;
type Caller = (typeof callers)[number];

interface World {
  customerA: { id: string; email: string };
  /** Customer A's hosting package, whose billing period billing changes. */
  customerServiceA: string;
  /** A ticket customer A filed, with one attachment. */
  ticketA: string;
  /** A solved ticket of customer A, rated good, with a rating link used already. */
  solvedTicketA: string;
  usedRatingToken: string;
  attachmentA: string;
  /** An FAQ category, a draft article, and rows for each delete call to remove (one per call). */
  faqCategory: string;
  faqDraft: string;
  disposableFaqSlugs: string[];
  disposableSynonymIds: string[];
  /** Customers for the erasure row to erase, one per call; and one erased already. */
  disposableCustomerIds: string[];
  erasedCustomerId: string;
  /** A token for the revoke row (revoking again answers 204 too). */
  apiTokenId: string;
  /** Billable time on ticket A: an entry to edit, entries to delete and consents to answer (one per call). */
  timeEntryA: string;
  disposableTimeEntryIds: string[];
  pendingConsentIds: string[];
  /** A staff member to change role of, deactivate and reactivate; one with a pending invitation. */
  staffMemberId: string;
  invitedStaffId: string;
  /** A webhook endpoint with one delivery; endpoints for the delete row (one per call). */
  webhookId: string;
  webhookDeliveryId: string;
  disposableWebhookIds: string[];
  /** A standard answer to read, change and fill in; answers for the delete row (one per call). */
  cannedReplyId: string;
  disposableCannedReplyIds: string[];
  /** Tickets of customer A to merge into `mergeTargetA`, one per call; public replies to split off. */
  mergeSourcesA: string[];
  mergeTargetA: string;
  splitTicketA: string;
  splitMessagesA: string[];
}
interface Cell {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  file?: { name: string; bytes: Buffer };
}

const ticketWorkers = { agent: 0, customer_service: 0, billing: 0, admin: 0 };
const onlyTicketWorkers = (status: number) =>
  Object.fromEntries(Object.keys(ticketWorkers).map((role) => [role, status]));
/** Workers of the queue get `staff`; the ticket's own customer `own`; everyone else 404, guests 401. */
const onTicketA = (own: number, staff: number): Record<Caller, number> => ({
  ...signedIn(404),
  customerA: own,
  ...onlyTicketWorkers(staff),
});
interface Row {
  call: (world: World) => Cell;
  expect: Record<Caller, number>;
}

const all = (status: number): Record<Caller, number> =>
  Object.fromEntries(callers.map((caller) => [caller, status])) as Record<Caller, number>;
const signedIn = (status: number) => ({ ...all(status), guest: 401 });
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}@example.test`;

const ratingLinks = createRatingLinks(TEST_REPLY_ADDRESS_SECRET);
/** A fresh link of the solved e-mail (a new nonce each call: each link works once). */
const goodRatingLink = (ticketId: string) =>
  ratingLinks.tokenFor({
    ticketId,
    score: "good",
    nonce: randomUUID(),
    expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
  });
const onlyAdmin = (status: number) => ({ ...signedIn(404), admin: status });

const matrix: Record<EndpointName, Row> = {
  getTicketRating: {
    call: (world) => ({ params: { id: world.solvedTicketA } }),
    expect: onTicketA(200, 200),
  },
  rateTicket: {
    call: (world) => ({ params: { id: world.solvedTicketA }, body: { score: "good" } }),
    expect: { ...signedIn(404), customerA: 200 },
  },
  // The signed link is the permission: the same for every caller, signed in or not.
  rateTicketByLink: {
    call: (world) => ({
      params: { id: world.solvedTicketA },
      body: { token: goodRatingLink(world.solvedTicketA) },
    }),
    expect: all(200),
  },
  commentTicketRatingByLink: {
    call: (world) => ({
      params: { id: world.solvedTicketA },
      body: { token: world.usedRatingToken, comment: "Snel opgelost" },
    }),
    expect: all(200),
  },
  followReviewLink: {
    call: (world) => ({ query: { token: ratingLinks.reviewTokenFor(world.solvedTicketA) } }),
    expect: all(303),
  },
  getReviewLinkSetting: { call: () => ({}), expect: onlyAdmin(200) },
  updateReviewLinkSetting: {
    call: () => ({ body: { url: "https://g.page/r/voorbeeld/review" } }),
    expect: onlyAdmin(200),
  },
  getSettings: { call: () => ({}), expect: onlyAdmin(200) },
  updateSettings: {
    call: () => ({ body: { supportHoursText: "Maandag t/m vrijdag van 9:00 tot 17:00 uur" } }),
    expect: onlyAdmin(200),
  },
  getPublicSettings: { call: () => ({}), expect: all(200) },
  getHealth: { call: () => ({}), expect: all(200) },
  suggestFaqArticles: { call: () => ({ query: { q: "abonnement opzeggen" } }), expect: all(200) },
  listFaqCategories: { call: () => ({}), expect: all(200) },
  createFaqCategory: {
    call: () => ({ body: { name: `Proefrubriek ${++counter}` } }),
    expect: { ...signedIn(404), customer_service: 201, admin: 201 },
  },
  renameFaqCategory: {
    call: (world) => ({ params: { slug: world.faqCategory }, body: { name: `Hernoemd ${++counter}` } }),
    expect: { ...signedIn(404), customer_service: 200, admin: 200 },
  },
  // Editors pass the policy and then learn that the order must name every category (others: 404).
  orderFaqCategories: {
    call: (world) => ({ body: { slugs: [world.faqCategory] } }),
    expect: { ...signedIn(404), customer_service: 400, admin: 400 },
  },
  listPopularFaqArticles: { call: () => ({ query: { limit: "5" } }), expect: all(200) },
  listFaqArticles: { call: () => ({}), expect: all(200) },
  getFaqArticle: {
    call: (world) => ({ params: { slug: world.faqDraft } }),
    expect: { ...all(404), customer_service: 200, admin: 200 },
  },
  createFaqArticle: {
    call: (world) => ({
      body: { title: `Nieuwe vraag ${++counter}?`, body: "Antwoord.", categorySlug: world.faqCategory },
    }),
    expect: { ...signedIn(404), customer_service: 201, admin: 201 },
  },
  updateFaqArticle: {
    call: (world) => ({ params: { slug: world.faqDraft }, body: { keywords: ["proef"] } }),
    expect: { ...signedIn(404), customer_service: 200, admin: 200 },
  },
  deleteFaqArticle: {
    call: (world) => ({ params: { slug: world.disposableFaqSlugs.pop() ?? "none-left" } }),
    expect: { ...signedIn(404), customer_service: 204, admin: 204 },
  },
  recordFaqSuggestionEvent: {
    call: () => ({ body: { type: "submitted", formSessionId: "4b1c3e0a-7d2f-4c55-9a8e-2f6b1d0c9e71" } }),
    expect: all(202),
  },
  getFaqInsights: { call: () => ({}), expect: { ...signedIn(404), customer_service: 200, admin: 200 } },
  listFaqSynonyms: { call: () => ({}), expect: { ...signedIn(404), customer_service: 200, admin: 200 } },
  createFaqSynonymGroup: {
    call: () => ({ body: { terms: [`proefwoord${++counter}`, "proefterm"] } }),
    expect: { ...signedIn(404), customer_service: 201, admin: 201 },
  },
  deleteFaqSynonymGroup: {
    call: (world) => ({
      params: { id: world.disposableSynonymIds.pop() ?? "00000000-0000-4000-8000-000000000000" },
    }),
    expect: { ...signedIn(404), customer_service: 204, admin: 204 },
  },
  getReadiness: { call: () => ({}), expect: all(200) },
  login: {
    call: () => ({ body: { email: unique("nobody"), password: "wrong-password" } }),
    expect: all(401),
  },
  refreshSession: { call: () => ({}), expect: all(401) },
  logout: { call: () => ({}), expect: all(204) },
  requestEmailLink: { call: () => ({ body: { email: unique("link") } }), expect: all(202) },
  confirmEmailLink: { call: () => ({ body: { token: "x".repeat(43) } }), expect: all(401) },
  requestPasswordReset: { call: () => ({ body: { email: unique("reset") } }), expect: all(202) },
  confirmPasswordReset: {
    call: () => ({ body: { token: "x".repeat(43), password: "a-new-long-password" } }),
    expect: all(401),
  },
  getMe: { call: () => ({}), expect: signedIn(200) },
  getCustomer: {
    call: (world) => ({ params: { id: world.customerA.id } }),
    expect: {
      guest: 401,
      customerA: 200,
      customerB: 404,
      agent: 200,
      customer_service: 200,
      billing: 200,
      phone_desk: 404,
      admin: 200,
    },
  },
  searchCustomers: {
    call: (world) => ({ query: { q: world.customerA.email } }),
    expect: { ...signedIn(404), agent: 200, customer_service: 200, billing: 200, admin: 200 },
  },
  // Only billing changes billing; staff who see the customer are told why (403), others find nothing.
  updateCustomerBilling: {
    call: (world) => ({
      params: { id: world.customerA.id },
      body: {
        reason: "Klant vraagt per ticket om per jaar te betalen",
        services: [{ id: world.customerServiceA, billingPeriod: "yearly" }],
      },
    }),
    expect: { ...signedIn(404), agent: 403, customer_service: 403, admin: 403, billing: 200 },
  },
  listCustomerEvents: {
    call: (world) => ({ params: { id: world.customerA.id } }),
    expect: { ...signedIn(404), customer_service: 200, billing: 200, admin: 200 },
  },
  listCustomerPrivateDataAccess: {
    call: (world) => ({ params: { id: world.customerA.id } }),
    expect: { ...signedIn(404), customer_service: 200, admin: 200 },
  },
  eraseCustomer: {
    call: (world) => ({
      params: { id: world.disposableCustomerIds.pop() ?? "00000000-0000-4000-8000-000000000000" },
      body: { reason: "Verzoek van de klant per ticket" },
    }),
    expect: { ...signedIn(404), customer_service: 200, admin: 200 },
  },
  requestMyDataExport: {
    call: () => ({}),
    expect: { ...signedIn(404), customerA: 202, customerB: 202 },
  },
  requestCustomerDataExport: {
    call: (world) => ({
      params: { id: world.disposableCustomerIds.pop() ?? "00000000-0000-4000-8000-000000000000" },
    }),
    expect: { ...signedIn(404), customer_service: 202, admin: 202 },
  },
  downloadMyDataExport: {
    call: () => ({ body: { token: "x".repeat(43) } }),
    expect: signedIn(404),
  },
  getCustomerErasure: {
    call: (world) => ({ params: { id: world.erasedCustomerId } }),
    expect: { ...signedIn(404), customer_service: 200, admin: 200 },
  },
  listStaffPrivateDataAccess: {
    call: () => ({ params: { id: "00000000-0000-4000-8000-000000000000" } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  getRetentionSettings: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  updateRetentionSettings: {
    call: () => ({
      body: { closedTicketMonths: 24, privateDataLogMonths: 24, suggestionEventMonths: 12, scheduled: false },
    }),
    expect: { ...signedIn(404), admin: 200 },
  },
  startRetentionRun: { call: () => ({ body: { dryRun: true } }), expect: { ...signedIn(404), admin: 201 } },
  listRetentionRuns: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  createStaffMember: {
    call: () => ({
      body: { email: unique("new-staff"), name: "New Agent", role: "agent" },
    }),
    expect: { ...signedIn(404), admin: 201 },
  },
  listStaffMembers: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  changeStaffRole: {
    call: (world) => ({ params: { id: world.staffMemberId }, body: { role: "billing" } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  deactivateStaffMember: {
    call: (world) => ({ params: { id: world.staffMemberId } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  reactivateStaffMember: {
    call: (world) => ({ params: { id: world.staffMemberId } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  resendStaffInvitation: {
    call: (world) => ({ params: { id: world.invitedStaffId } }),
    expect: { ...signedIn(404), admin: 202 },
  },
  listStaffEvents: {
    call: (world) => ({ params: { id: world.staffMemberId } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  acceptStaffInvitation: {
    call: () => ({ body: { token: "x".repeat(43), password: "a-new-long-password" } }),
    expect: all(401),
  },
  listAssignableStaff: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  createTicket: {
    call: () => ({
      body: { category: "other", subject: "Vraag", message: "Hallo", email: unique("filer"), name: "Filer" },
    }),
    expect: all(201),
  },
  listTickets: { call: () => ({}), expect: signedIn(200) },
  // Staff count what their list shows (the phone desk: its own callbacks); customers have no queue.
  countTickets: {
    call: () => ({ query: { category: "technical" } }),
    expect: { ...signedIn(200), customerA: 404, customerB: 404 },
  },
  exportTickets: {
    call: () => ({ query: { limit: "5" } }),
    expect: { ...signedIn(404), ...onlyTicketWorkers(200) },
  },
  getTicket: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(200, 200) },
  updateTicket: {
    // Customers may only close or reopen: changing the priority is refused even on their own ticket.
    call: (world) => ({ params: { id: world.ticketA }, body: { priority: "high" } }),
    expect: onTicketA(400, 200),
  },
  // Only the queue's workers change tickets in bulk; the outcome per ticket is in the body.
  bulkUpdateTickets: {
    call: (world) => ({ body: { ticketIds: [world.ticketA], change: { priority: "high" } } }),
    expect: { ...signedIn(404), ...onlyTicketWorkers(200) },
  },
  addTicketMessage: {
    call: (world) => ({ params: { id: world.ticketA }, body: { body: "Een reactie" } }),
    expect: onTicketA(201, 201),
  },
  listTicketEvents: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(404, 200) },
  // Merging, splitting and linking are for the queue's workers; even the ticket's customer gets 404.
  mergeTicket: {
    call: (world) => ({
      params: { id: world.mergeSourcesA.pop() ?? NO_ROW },
      body: { targetTicketId: world.mergeTargetA },
    }),
    expect: onTicketA(404, 200),
  },
  splitTicketMessage: {
    call: (world) => ({
      params: { id: world.splitTicketA, messageId: world.splitMessagesA.pop() ?? NO_ROW },
      body: {},
    }),
    expect: onTicketA(404, 201),
  },
  listTicketLinks: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(404, 200) },
  linkTicket: {
    call: (world) => ({ params: { id: world.ticketA }, body: { ticketId: world.solvedTicketA } }),
    expect: onTicketA(404, 200),
  },
  unlinkTicket: {
    call: (world) => ({ params: { id: world.ticketA, otherId: world.solvedTicketA } }),
    expect: onTicketA(404, 200),
  },
  uploadTicketAttachment: {
    call: (world) => ({ params: { id: world.ticketA }, file: { name: "screenshot.png", bytes: PNG } }),
    expect: onTicketA(201, 201),
  },
  stageUpload: { call: () => ({ file: { name: "formulier.png", bytes: PNG } }), expect: all(201) },
  downloadTicketAttachment: {
    call: (world) => ({ params: { id: world.ticketA, attachmentId: world.attachmentA } }),
    expect: onTicketA(200, 200),
  },
  previewEmail: {
    call: () => ({ params: { template: "team_reply" }, query: { language: "en" } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  listFailedEmails: { call: () => ({}), expect: { ...signedIn(404), admin: 200, customer_service: 200 } },
  retryFailedEmail: {
    // No dead letter with this id: those who may retry learn that it is not there (404) too.
    call: () => ({ params: { id: "2f0d7a52-9f0b-4c61-8d0a-6a3f4e1b2c3d" } }),
    expect: signedIn(404),
  },
  receiveInboundEmail: {
    // Mail providers authenticate with the shared secret, not as a user: no caller here has it.
    call: () => ({
      file: { name: "mail.eml", bytes: Buffer.from("From: a@example.test\r\nSubject: x\r\n\r\nhoi") },
    }),
    expect: all(401),
  },
  listServiceLevelPolicies: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  updateServiceLevelPolicy: {
    // The seeded Best Effort figures, written back unchanged.
    call: () => ({
      params: { level: "best_effort", priority: "low" },
      body: {
        firstResponseMinutes: 480,
        nextResponseMinutes: 480,
        resolutionMinutes: 2400,
        clock: "business",
        guaranteed: false,
      },
    }),
    expect: { ...signedIn(404), admin: 200 },
  },
  getServiceCalendar: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  updateServiceCalendar: {
    call: () => ({
      body: {
        timeZone: "Europe/Amsterdam",
        weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => (day < 5 ? [{ from: "09:00", to: "17:00" }] : [])),
        dutchHolidays: true,
        closingDays: [],
      },
    }),
    expect: { ...signedIn(404), admin: 200 },
  },
  recomputeServiceLevels: {
    call: (world) => ({ body: { tickets: [world.ticketA] } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  getServiceLevelReport: {
    call: () => ({ query: { weeks: "4" } }),
    expect: { ...signedIn(404), customer_service: 200, admin: 200 },
  },
  // The team's figures: the queue's staff read them, billing and the phone desk do not.
  getReport: {
    call: () => ({ query: { from: "2026-11-01", to: "2026-11-28" } }),
    expect: { ...signedIn(404), agent: 200, customer_service: 200, admin: 200 },
  },
  downloadReportFigure: {
    call: () => ({ params: { figure: "satisfaction" }, query: { from: "2026-11-01", to: "2026-11-28" } }),
    expect: { ...signedIn(404), agent: 200, customer_service: 200, admin: 200 },
  },
  createApiToken: {
    call: () => ({ body: { name: `Koppeling ${++counter}`, role: "agent", scopes: ["tickets:read"] } }),
    expect: { ...signedIn(404), admin: 201 },
  },
  listApiTokens: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  revokeApiToken: {
    call: (world) => ({ params: { id: world.apiTokenId } }),
    expect: { ...signedIn(404), admin: 204 },
  },
  createWebhook: {
    // A public address literal: checked without a name lookup, and never posted to here.
    call: () => ({ body: { url: "https://93.184.215.14/hooks", events: ["ticket.created"], role: "agent" } }),
    expect: { ...signedIn(404), admin: 201 },
  },
  listWebhooks: { call: () => ({}), expect: { ...signedIn(404), admin: 200 } },
  updateWebhook: {
    call: (world) => ({
      params: { id: world.webhookId },
      body: { events: ["ticket.created", "ticket.rated"] },
    }),
    expect: { ...signedIn(404), admin: 200 },
  },
  deleteWebhook: {
    call: (world) => ({ params: { id: world.disposableWebhookIds.pop() ?? NO_ROW } }),
    expect: { ...signedIn(404), admin: 204 },
  },
  listWebhookDeliveries: {
    call: (world) => ({ params: { id: world.webhookId } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  redeliverWebhookDelivery: {
    call: (world) => ({ params: { id: world.webhookId, deliveryId: world.webhookDeliveryId } }),
    expect: { ...signedIn(404), admin: 202 },
  },
  listCannedReplies: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  getCannedReply: {
    call: (world) => ({ params: { id: world.cannedReplyId } }),
    expect: { ...signedIn(404), ...onlyTicketWorkers(200) },
  },
  createCannedReply: {
    call: () => ({ body: { title: "Bedankt", body: "Beste {{customer.name}}, dank u wel." } }),
    expect: onlyAdmin(201),
  },
  updateCannedReply: {
    call: (world) => ({
      params: { id: world.cannedReplyId },
      body: { title: "Ontvangen", body: "Beste {{customer.name}}, we hebben {{ticket.number}} ontvangen." },
    }),
    expect: onlyAdmin(200),
  },
  deleteCannedReply: {
    call: (world) => ({ params: { id: world.disposableCannedReplyIds.pop() ?? NO_ROW } }),
    expect: onlyAdmin(204),
  },
  renderCannedReply: {
    call: (world) => ({ params: { id: world.ticketA, cannedId: world.cannedReplyId } }),
    expect: { ...signedIn(404), ...onlyTicketWorkers(200) },
  },
  createTimeEntry: {
    call: (world) => ({ params: { id: world.ticketA }, body: { minutes: 5, billable: false } }),
    expect: onTicketA(404, 201),
  },
  listTimeEntries: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(404, 200) },
  updateTimeEntry: {
    call: (world) => ({
      params: { id: world.ticketA, entryId: world.timeEntryA },
      body: { note: "Bijgewerkt" },
    }),
    expect: onTicketA(404, 200),
  },
  deleteTimeEntry: {
    call: (world) => ({
      params: { id: world.ticketA, entryId: world.disposableTimeEntryIds.pop() ?? NO_ROW },
    }),
    expect: onTicketA(404, 204),
  },
  getTicketBilling: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(200, 200) },
  createConsentRequest: {
    call: (world) => ({
      params: { id: world.ticketA },
      body: { description: "Script nakijken", capBlocks: 2 },
    }),
    expect: onTicketA(404, 201),
  },
  answerConsentRequest: {
    // Only the ticket's own customer answers; staff who work the ticket cannot answer for them.
    call: (world) => ({
      params: { id: world.ticketA, consentId: world.pendingConsentIds.pop() ?? NO_ROW },
      body: { answer: "accepted" },
    }),
    expect: { ...signedIn(404), customerA: 200 },
  },
  // A link's token is the only key: an unknown one is 404 for everybody, guests included.
  viewConsentLink: { call: () => ({ body: { token: "x".repeat(43) } }), expect: all(404) },
  answerConsentLink: {
    call: () => ({ body: { token: "x".repeat(43), answer: "accepted" } }),
    expect: all(404),
  },
  createBillingAgreement: {
    call: (world) => ({ params: { id: world.ticketA }, body: { reason: "Telefonisch akkoord" } }),
    expect: { ...signedIn(404), billing: 201 },
  },
  getBillingRate: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  setBillingRate: {
    call: () => ({ body: { centsPerBlock: 2500, vatPercent: 21 } }),
    expect: { ...signedIn(404), admin: 200 },
  },
  getBillingStatement: {
    call: () => ({ query: { month: BILLED_MONTH } }),
    expect: { ...signedIn(404), billing: 200, customer_service: 200 },
  },
  downloadBillingStatement: {
    call: () => ({ query: { month: BILLED_MONTH } }),
    expect: { ...signedIn(404), billing: 200, customer_service: 200 },
  },
  markMonthInvoiced: {
    // A month of its own per call: a month is invoiced once (then 409).
    call: () => ({
      params: {
        month: `20${String(10 + Math.floor(++counter / 12)).padStart(2, "0")}-${String((counter % 12) + 1).padStart(2, "0")}`,
      },
    }),
    expect: { ...signedIn(404), billing: 200 },
  },
  getMyBilling: { call: () => ({}), expect: { ...signedIn(404), customerA: 200, customerB: 200 } },
  // Free slots are for anyone who may file a remote-support request, guests included.
  listAppointmentSlots: { call: () => ({ query: { days: "2" } }), expect: all(200) },
  getTicketAppointment: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(200, 200) },
  listAppointments: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  getAppointmentSettings: { call: () => ({}), expect: onlyAdmin(200) },
  updateAppointmentSettings: {
    call: () => ({ body: { slotMinutes: 30, capacity: 2 } }),
    expect: onlyAdmin(200),
  },
  getFollowUpSettings: { call: () => ({}), expect: onlyAdmin(200) },
  updateFollowUpSettings: {
    call: () => ({ body: { enabled: true, remindAfterDays: 3, solveAfterDays: 4 } }),
    expect: onlyAdmin(200),
  },
  // Snoozing is for the queue's workers; null (bring it back now) leaves the ticket as the other rows need it.
  snoozeTicket: {
    call: (world) => ({ params: { id: world.ticketA }, body: { snoozedUntil: null } }),
    expect: onTicketA(404, 200),
  },
  // Every signed-in tab may have a stream; what it carries is tested in live-streams.test.ts.
  createLiveStreamTicket: { call: () => ({}), expect: signedIn(201) },
  // The stream takes no bearer token, only a ticket: a made-up one is refused to everyone.
  openLiveStream: { call: () => ({ query: { ticket: "not-a-ticket" } }), expect: all(401) },
  // Who is on a ticket is for the staff who work it; customers and the phone desk get 404.
  getTicketPresence: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(404, 200) },
  getQueuePresence: {
    call: (world) => ({ query: { tickets: world.ticketA } }),
    expect: { ...signedIn(404), ...onlyTicketWorkers(200) },
  },
  beatTicketPresence: {
    call: (world) => ({ params: { id: world.ticketA }, body: { typing: true } }),
    expect: onTicketA(404, 200),
  },
  leaveTicketPresence: { call: (world) => ({ params: { id: world.ticketA } }), expect: onTicketA(404, 204) },
  // A notification is its recipient's own: someone else's id (here: none) is 404 for everyone.
  listNotifications: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  getUnreadNotificationCount: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  markNotificationRead: { call: () => ({ params: { id: NO_ROW } }), expect: signedIn(404) },
  markAllNotificationsRead: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  getNotificationPreferences: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
  updateNotificationPreferences: {
    call: () => ({
      body: {
        email: { assigned: true, customer_replied: true, unassigned_ticket: true, mentioned: false },
        language: "en",
      },
    }),
    expect: { ...signedIn(404), ...onlyTicketWorkers(200) },
  },
  listMentionableStaff: { call: () => ({}), expect: { ...signedIn(404), ...onlyTicketWorkers(200) } },
};

const NO_ROW = "00000000-0000-4000-8000-000000000000";
/** The month of the billable entry on ticket A. */
const BILLED_MONTH = "2026-10";
/** Billing facts only staff who work tickets (or the customer, for the consent) may see. */
const timeKeeperName = "Tijs Tijdschrijver";
const timeNote = "Notitie-van-Tijs-over-de-klus";
const consentWork = "Maatwerkklus-voor-klant-A";
/** Customer A's remote-support appointment: the number to call. */
const appointmentPhone = "06 98765432";

const tokens = new Map<Caller, string>();
let world: World;
const privateValues: string[] = [];

beforeAll(async () => {
  const customerA = await createCustomer(testApp.db);
  const customerB = await createCustomer(testApp.db);
  privateValues.push(
    ...[customerA, customerB].flatMap((customer) => [
      customer.postalAddress ?? "",
      customer.iban ?? "",
      "1975-06-21",
    ]),
  );
  tokens.set("customerA", await accessTokenOf(testApp, customerA.email));
  const ticket = await createTicket(testApp.db, {
    requester: customerA,
    category: "technical",
    subject: "Site is traag",
    message: "Sinds gisteren",
    details: { kind: "problem" },
  });
  const attachment = await createAttachment(
    testApp,
    ticket,
    { customer: customerA },
    pngFile("screenshot.png"),
  );
  // One disposable FAQ row per call of a delete row: 8 callers in the matrix, 4 in the privacy scan.
  const disposableCustomers = await Promise.all(Array.from({ length: 60 }, () => createCustomer(testApp.db)));
  const erased = await createCustomer(testApp.db);
  const eraser = await createStaff(testApp.db, "customer_service");
  await testApp.db.customerErasure.create({
    data: {
      customerId: erased.id,
      erasedByStaffId: eraser.id,
      reason: "Verzoek",
      counts: {
        tickets: 0,
        messages: 0,
        events: 0,
        attachments: 0,
        services: 0,
        queuedEmails: 0,
        emailOriginals: 0,
      },
    },
  });
  const solved = await createTicket(testApp.db, { requester: customerA, status: "solved" });
  await testApp.db.ticketRating.create({ data: { ticketId: solved.id, score: "good" } });
  const usedRatingToken = goodRatingLink(solved.id);
  const used = ratingLinks.claimsOf(usedRatingToken);
  await testApp.db.ticketRatingLinkUse.create({ data: { nonce: used?.nonce ?? "", score: "good" } });
  const billingWorld = await createBillingWorld(ticket.id);
  const hostingA = await testApp.db.customerService.findFirstOrThrow({
    where: { customerId: customerA.id, kind: "hosting" },
  });
  // Booked today, so that today's list shows it (with the number to call).
  await testApp.db.appointment.create({
    data: {
      ticketId: ticket.id,
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 30 * 60_000),
      place: 1,
      phone: appointmentPhone,
    },
  });
  world = {
    customerA,
    customerServiceA: hostingA.id,
    ...billingWorld,
    ticketA: ticket.id,
    solvedTicketA: solved.id,
    usedRatingToken,
    attachmentA: attachment.id,
    ...(await createFaqWorld(testApp.db, 30)),
    disposableCustomerIds: disposableCustomers.map((customer) => customer.id),
    erasedCustomerId: erased.id,
    apiTokenId: "00000000-0000-4000-8000-000000000000",
    staffMemberId: (await createStaff(testApp.db, "agent")).id,
    invitedStaffId: (await createStaff(testApp.db, "agent", { invited: true })).id,
    webhookId: NO_ROW,
    webhookDeliveryId: NO_ROW,
    disposableWebhookIds: [],
    cannedReplyId: NO_ROW,
    disposableCannedReplyIds: [],
    ...(await createMergeWorld(customerA)),
  };
  tokens.set("customerB", await accessTokenOf(testApp, customerB.email));
  const roles: StaffRole[] = ["agent", "customer_service", "billing", "phone_desk", "admin"];
  for (const role of roles)
    tokens.set(role, await accessTokenOf(testApp, (await createStaff(testApp.db, role)).email));
  const admin = tokens.get("admin") ?? "";
  world.apiTokenId = (await createApiTokenAs(testApp, admin, { name: "Te intrekken", role: "agent" })).id;
  const newWebhook = async () => {
    const response = await request(testApp.app)
      .post("/api/v1/webhooks")
      .set(bearer(admin))
      .send({ url: "https://93.184.215.14/hooks", events: ["ticket.created"], role: "agent" });
    return response.body.webhook.id as string;
  };
  world.webhookId = await newWebhook();
  world.webhookDeliveryId = (
    await testApp.db.webhookDelivery.create({
      data: { endpointId: world.webhookId, event: "ticket.created", ticketId: world.ticketA },
    })
  ).id;
  world.disposableWebhookIds = await Promise.all(Array.from({ length: 30 }, newWebhook));
  const newCannedReply = async () =>
    (
      await testApp.db.cannedReply.create({
        data: { title: "Ontvangen", body: "Beste {{customer.name}}, we hebben {{ticket.number}} ontvangen." },
      })
    ).id;
  world.cannedReplyId = await newCannedReply();
  world.disposableCannedReplyIds = await Promise.all(Array.from({ length: 30 }, newCannedReply));
  for (const role of staffRoles)
    apiTokens.set(
      `token:${role}`,
      (await createApiTokenAs(testApp, admin, { name: `Rol ${role}`, role })).secret,
    );
  for (const scope of apiScopes) {
    const token = await createApiTokenAs(testApp, admin, {
      name: `Scope ${scope}`,
      role: "admin",
      scopes: [scope],
    });
    apiTokens.set(`scope:${scope}`, token.secret);
  }
});

/** Integrations: a token per staff role (all it may do), and an admin token per single scope. */
type TokenCaller = `token:${StaffRole}` | `scope:${ApiScope}`;
const apiTokens = new Map<TokenCaller, string>();

/**
 * What a token gets: endpoints for people only are refused (403); a token whose scopes do not cover
 * the endpoint is refused (403); otherwise its role decides, exactly as for a person with that role.
 */
function expectedForToken(name: EndpointName, role: StaffRole, scopes: readonly ApiScope[] | null): number {
  const scope = endpointScopes[name];
  if (scope === "people") return 403;
  if (scope !== "any" && scopes !== null && !scopes.includes(scope)) return 403;
  return matrix[name].expect[role];
}

/** Tickets of customer A to merge (one per call that may succeed) and public replies to split off. */
async function createMergeWorld(customerA: { id: string }) {
  const calls = 60;
  const mergeTargetA = (await createTicket(testApp.db, { requester: customerA, subject: "Samen" })).id;
  const mergeSourcesA = await Promise.all(
    Array.from({ length: calls }, async () => (await createTicket(testApp.db, { requester: customerA })).id),
  );
  const split = await createTicket(testApp.db, { requester: customerA, subject: "Twee vragen" });
  const splitMessagesA: string[] = [];
  for (let index = 0; index < calls; index++) {
    const message = await createMessage(testApp.db, split, { from: "customer", author: customerA });
    splitMessagesA.push(message.id);
  }
  return { mergeSourcesA, mergeTargetA, splitTicketA: split.id, splitMessagesA };
}

/** A rate, an accepted consent on ticket A with a billable entry by a named colleague, rows to use up. */
async function createBillingWorld(ticketId: string) {
  const keeper = await createStaff(testApp.db, "agent", { name: timeKeeperName });
  await testApp.db.billingRate.create({ data: { centsPerBlock: 2500, vatPercent: 21 } });
  const consent = await testApp.db.billingConsent.create({
    data: {
      ticketId,
      description: consentWork,
      centsPerBlock: 2500,
      vatPercent: 21,
      status: "accepted",
      answeredAt: new Date(),
      requestedByStaffId: keeper.id,
    },
  });
  const entry = (minutes: number, billable: boolean) =>
    testApp.db.timeEntry.create({
      data: {
        ticketId,
        staffId: keeper.id,
        workDate: new Date(`${BILLED_MONTH}-05T00:00:00Z`),
        billingMonth: BILLED_MONTH,
        minutes,
        billable,
        note: timeNote,
        consentId: billable ? consent.id : null,
      },
    });
  const pending = () =>
    testApp.db.billingConsent.create({
      data: {
        ticketId,
        description: consentWork,
        centsPerBlock: 2500,
        vatPercent: 21,
        requestedByStaffId: keeper.id,
      },
    });
  return {
    timeEntryA: (await entry(20, true)).id,
    disposableTimeEntryIds: await Promise.all(
      Array.from({ length: 30 }, async () => (await entry(1, false)).id),
    ),
    pendingConsentIds: await Promise.all(Array.from({ length: 30 }, async () => (await pending()).id)),
  };
}

async function callAs(caller: Caller | TokenCaller, name: EndpointName) {
  const endpoint: EndpointDescriptor = endpoints[name];
  const cell = matrix[name].call(world);
  const path = `/api/v1${buildPath(endpoint.path, cell.params)}`;
  const method = endpoint.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
  const token = tokens.get(caller as Caller) ?? apiTokens.get(caller as TokenCaller);
  let call = request(testApp.app)[method](path).set(bearer(token));
  if (cell.query) call = call.query(cell.query);
  if (cell.file) return call.attach(endpoint.upload?.field ?? "file", cell.file.bytes, cell.file.name);
  return cell.body === undefined ? call : call.send(cell.body as object);
}

describe("access matrix", () => {
  it("has a row for every endpoint in the contracts", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(endpoints).sort());
  });

  const names = Object.keys(matrix) as EndpointName[];
  for (const name of names) {
    for (const caller of callers) {
      const expected = matrix[name].expect[caller];
      it(`${name} as ${caller} answers ${expected}`, async () => {
        const response = await callAs(caller, name);
        expect(response.status, response.text).toBe(expected);
        if (expected >= 400) expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      });
    }
  }
});

describe("access matrix for API tokens", () => {
  const names = Object.keys(matrix) as EndpointName[];
  const tokenCallers: [TokenCaller, StaffRole, readonly ApiScope[] | null][] = [
    ...staffRoles.map((role): [TokenCaller, StaffRole, null] => [`token:${role}`, role, null]),
    ...apiScopes.map((scope): [TokenCaller, StaffRole, ApiScope[]] => [`scope:${scope}`, "admin", [scope]]),
  ];
  for (const name of names) {
    for (const [caller, role, scopes] of tokenCallers) {
      const expected = expectedForToken(name, role, scopes);
      it(`${name} as ${caller} answers ${expected}`, async () => {
        const response = await callAs(caller, name);
        expect(response.status, response.text).toBe(expected);
        if (expected >= 400) expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      });
    }
  }

  it("each scope opens some endpoint that the others keep closed", () => {
    for (const scope of apiScopes) {
      const opened = names.filter((name) => endpointScopes[name] === scope);
      expect(opened.length, scope).toBeGreaterThan(0);
    }
  });
});

/** The body as text, also for file downloads (which supertest hands over as a Buffer). */
function rawBody(response: request.Response): string {
  if (typeof response.text === "string") return response.text;
  return Buffer.isBuffer(response.body) ? response.body.toString("latin1") : JSON.stringify(response.body);
}

describe("privacy scan", () => {
  // Support agents and the phone desk may never receive an address, IBAN or birth date; nor may a
  // guest or another customer. Searched as plain strings in the raw body of every endpoint.
  const scanned: (Caller | TokenCaller)[] = [
    "agent",
    "phone_desk",
    "guest",
    "customerB",
    "token:agent",
    "token:phone_desk",
  ];
  const names = Object.keys(matrix) as EndpointName[];
  for (const caller of scanned) {
    it(`no endpoint shows private customer data to ${caller}`, async () => {
      for (const name of names) {
        const raw = rawBody(await callAs(caller, name));
        for (const value of privateValues) {
          expect(raw, `${name} as ${caller}`).not.toContain(value);
        }
      }
    });
  }

  // Billing: the colleague who logged time, their note and the work agreed are for staff who work
  // tickets; the customer sees the consent (never a staff name); guests, the phone desk and other
  // customers see none of it.
  const billingScans: { caller: Caller; hidden: string[] }[] = [
    { caller: "customerA", hidden: [timeKeeperName, timeNote] },
    ...(["customerB", "guest", "phone_desk"] as const).map((caller) => ({
      caller,
      hidden: [timeKeeperName, timeNote, consentWork],
    })),
  ];
  for (const { caller, hidden } of billingScans) {
    it(`no endpoint shows billing data beyond what ${caller} may see`, async () => {
      for (const name of names) {
        const raw = rawBody(await callAs(caller, name));
        for (const value of hidden) expect(raw, `${name} as ${caller}`).not.toContain(value);
      }
    });
  }

  // Appointments: the number to call is for the customer who gave it and staff who work tickets.
  for (const caller of ["customerB", "guest", "phone_desk", "token:phone_desk"] as const) {
    it(`no endpoint shows an appointment's phone number to ${caller}`, async () => {
      for (const name of names) {
        const raw = rawBody(await callAs(caller, name));
        expect(raw, `${name} as ${caller}`).not.toContain(appointmentPhone);
      }
    });
  }

  it("the appointment scan would catch a leak: the customer and staff do see the number", async () => {
    expect((await callAs("customerA", "getTicketAppointment")).text).toContain(appointmentPhone);
    expect((await callAs("agent", "listAppointments")).text).toContain(appointmentPhone);
  });

  it("the billing scan would catch a leak: staff and the customer do see what is theirs", async () => {
    const entries = await callAs("agent", "listTimeEntries");
    expect(entries.text).toContain(timeKeeperName);
    expect(entries.text).toContain(timeNote);
    expect((await callAs("customerA", "getTicketBilling")).text).toContain(consentWork);
    const csv = rawBody(await callAs("billing", "downloadBillingStatement"));
    expect(csv).toContain(",20,2,2500,21,5000,1050,6050,50.00,10.50,60.50");
  });

  it("the scan would catch a leak: customer service does see the values", async () => {
    const response = await callAs("customer_service", "getCustomer");
    expect(response.text).toContain(privateValues[0]);
    expect(response.text).toContain(privateValues[1]);
  });
});
