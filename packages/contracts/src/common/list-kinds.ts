import type { EndpointName } from "../endpoints.ts";

/**
 * How each list endpoint pages, so integrators meet one convention (issue 17):
 * - `records`: records that change. Pages with `cursor` and `limit`, oldest first, and takes
 *   `updated_since` to fetch only what changed since the last sync.
 * - `log`: an append-only log, newest first, paged with `cursor` and `limit`. Entries never change:
 *   a sync pages back until it meets an entry it already has.
 * - `inbox`: a signed-in member's own notifications, newest first, paged with `cursor` and `limit`;
 *   for people, not integrations (API tokens cannot read it).
 * - `feed`: the ticket export, ordered by change time with a cursor that resumes where it stopped.
 * - `whole`: a list that comes complete in one answer, for the reason given.
 * A list endpoint that is not classified here fails the contracts test.
 */
export type ListKind = "records" | "log" | "inbox" | "feed" | { whole: string };

export const listKinds = {
  listTickets: "records",
  searchCustomers: "records",
  listStaffMembers: "records",
  listFaqArticles: "records",
  listCannedReplies: "records",
  listCustomerPrivateDataAccess: "log",
  listStaffPrivateDataAccess: "log",
  listWebhookDeliveries: "log",
  listNotifications: "inbox",
  exportTickets: "feed",
  listCustomerEvents: { whole: "the history of one customer" },
  listStaffEvents: { whole: "the history of one staff member" },
  listTicketEvents: { whole: "the history of one ticket" },
  listTicketLinks: { whole: "the tickets linked to one ticket" },
  listTimeEntries: { whole: "the time written on one ticket, with its totals" },
  listAssignableStaff: { whole: "the active team, for an assignee picker" },
  listMentionableStaff: { whole: "the active team, for the @mention picker" },
  listRetentionRuns: { whole: "the 50 newest retention runs (one a day at most)" },
  listFailedEmails: {
    whole: "the 200 newest e-mails that could not be sent; more means the mail server is down",
  },
  listFaqCategories: { whole: "the categories an admin made, in their order" },
  listFaqSynonyms: { whole: "the synonym groups an admin made" },
  listPopularFaqArticles: { whole: "a ranking, as long as `limit`" },
  suggestFaqArticles: { whole: "a ranking, as long as `limit`" },
  getServiceLevelReport: { whole: "one row per week asked for" },
  listServiceLevelPolicies: { whole: "one policy per service level" },
  listApiTokens: { whole: "the integrations an admin made" },
  listWebhooks: { whole: "the endpoints an admin registered" },
  listAppointmentSlots: { whole: "the free slots of the days asked for" },
  listAppointments: { whole: "the appointments of one day" },
  getQueuePresence: { whole: "presence on the tickets asked for" },
} as const satisfies Partial<Record<EndpointName, ListKind>>;
