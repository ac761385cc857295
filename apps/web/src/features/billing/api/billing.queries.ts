import {
  answerConsentLink,
  answerConsentRequest,
  createBillingAgreement,
  createConsentRequest,
  createTimeEntry,
  deleteTimeEntry,
  downloadBillingStatement,
  getBillingRate,
  getBillingStatement,
  getMyBilling,
  getTicketBilling,
  listTimeEntries,
  markMonthInvoiced,
  setBillingRate,
  updateTimeEntry,
  viewConsentLink,
} from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { download, request } from "../../../lib/api-client.ts";
import { saveDownloadedFile } from "../../../lib/save-file.ts";
import { ticketKeys } from "../../tickets/api/tickets.queries.ts";

/** Query keys of billable time; a change refreshes the ticket too (its staff view carries `billing`). */
export const billingKeys = {
  all: ["billing"] as const,
  ticket: (id: string) => [...billingKeys.all, "ticket", id] as const,
  entries: (id: string) => [...billingKeys.all, "entries", id] as const,
  rate: () => [...billingKeys.all, "rate"] as const,
  statement: (month: string) => [...billingKeys.all, "statement", month] as const,
};

export const ticketBillingQuery = (id: string) =>
  queryOptions({
    queryKey: billingKeys.ticket(id),
    queryFn: ({ signal }) => request(getTicketBilling, { params: { id } }, { signal }),
  });

export const timeEntriesQuery = (id: string) =>
  queryOptions({
    queryKey: billingKeys.entries(id),
    queryFn: ({ signal }) => request(listTimeEntries, { params: { id } }, { signal }),
  });

export const billingRateQuery = () =>
  queryOptions({
    queryKey: billingKeys.rate(),
    queryFn: ({ signal }) => request(getBillingRate, {}, { signal }),
  });

/** The signed-in customer's own monthly overview of billed support. */
export const myBillingQuery = () =>
  queryOptions({
    queryKey: [...billingKeys.all, "mine"] as const,
    queryFn: ({ signal }) => request(getMyBilling, {}, { signal }),
  });

export const statementQuery = (month: string) =>
  queryOptions({
    queryKey: billingKeys.statement(month),
    queryFn: ({ signal }) => request(getBillingStatement, { query: { month } }, { signal }),
  });

/** After any billing change on a ticket: billing's screens, the ticket (its `billing`) and its history. */
function useRefreshTicket(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: billingKeys.all }),
      client.invalidateQueries({ queryKey: ticketKeys.detail(id) }),
      client.invalidateQueries({ queryKey: ticketKeys.events(id) }),
    ]);
}

export function useLogTime(ticketId: string) {
  const refresh = useRefreshTicket(ticketId);
  return useMutation({
    mutationFn: (body: { minutes: number; billable: boolean; note?: string; date?: string }) =>
      request(createTimeEntry, { params: { id: ticketId }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteTimeEntry(ticketId: string) {
  const refresh = useRefreshTicket(ticketId);
  return useMutation({
    mutationFn: (entryId: string) => request(deleteTimeEntry, { params: { id: ticketId, entryId } }),
    onSuccess: refresh,
  });
}

export function useUpdateTimeEntry(ticketId: string) {
  const refresh = useRefreshTicket(ticketId);
  return useMutation({
    mutationFn: ({
      entryId,
      ...body
    }: {
      entryId: string;
      minutes: number;
      billable: boolean;
      note: string;
    }) => request(updateTimeEntry, { params: { id: ticketId, entryId }, body }),
    onSuccess: refresh,
  });
}

export function useRequestConsent(ticketId: string) {
  const refresh = useRefreshTicket(ticketId);
  return useMutation({
    mutationFn: (body: { description: string; capBlocks?: number }) =>
      request(createConsentRequest, { params: { id: ticketId }, body }),
    onSuccess: refresh,
  });
}

/** Billing: billable work on this ticket was agreed with the customer otherwise, with the reason. */
export function useRecordAgreement(ticketId: string) {
  const refresh = useRefreshTicket(ticketId);
  return useMutation({
    mutationFn: (body: { reason: string; capBlocks?: number }) =>
      request(createBillingAgreement, { params: { id: ticketId }, body }),
    onSuccess: refresh,
  });
}

export function useAnswerConsent(ticketId: string) {
  const refresh = useRefreshTicket(ticketId);
  return useMutation({
    mutationFn: ({ consentId, answer }: { consentId: string; answer: "accepted" | "declined" }) =>
      request(answerConsentRequest, { params: { id: ticketId, consentId }, body: { answer } }),
    onSuccess: refresh,
  });
}

export const consentLinkQuery = (token: string) =>
  queryOptions({
    queryKey: [...billingKeys.all, "link", token] as const,
    queryFn: ({ signal }) => request(viewConsentLink, { body: { token } }, { signal }),
    retry: false,
  });

export const useAnswerConsentLink = () =>
  useMutation({
    mutationFn: ({ token, answer }: { token: string; answer: "accepted" | "declined" }) =>
      request(answerConsentLink, { body: { token, answer } }),
  });

/** Admins: a new rate per started 15 minutes; consents keep the rate they were given. */
export function useSetRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { centsPerBlock: number; vatPercent: number }) => request(setBillingRate, { body }),
    onSuccess: (saved) => client.setQueryData(billingKeys.rate(), saved),
  });
}

export function useMarkInvoiced() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (month: string) => request(markMonthInvoiced, { params: { month } }),
    onSuccess: () => client.invalidateQueries({ queryKey: billingKeys.all }),
  });
}

export const useDownloadStatement = () =>
  useMutation({
    mutationFn: async (month: string) =>
      saveDownloadedFile(
        await download(downloadBillingStatement, { query: { month } }),
        `afrekening-${month}.csv`,
      ),
  });
