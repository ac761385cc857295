import {
  linkTicket,
  listTicketLinks,
  listTickets,
  mergeTicket,
  splitTicketMessage,
  unlinkTicket,
} from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";
import { ticketKeys } from "../../tickets/api/tickets.queries.ts";

/** Under the tickets' keys: whatever refreshes every ticket screen refreshes the links too. */
export const relationKeys = {
  links: (id: string) => [...ticketKeys.all, "links", id] as const,
  candidates: (customerId: string) => [...ticketKeys.lists(), "merge-candidates", customerId] as const,
  search: (q: string) => [...ticketKeys.lists(), "link-search", q] as const,
};

export const ticketLinksQuery = (id: string) =>
  queryOptions({
    queryKey: relationKeys.links(id),
    queryFn: ({ signal }) => request(listTicketLinks, { params: { id } }, { signal }),
  });

/** The customer's other tickets that are not closed: what a ticket may be merged into. */
export const mergeCandidatesQuery = (customerId: string, ticketId: string) =>
  queryOptions({
    queryKey: relationKeys.candidates(customerId),
    queryFn: ({ signal }) =>
      request(listTickets, { query: { customer: customerId, limit: 50, sort: "newest" } }, { signal }),
    select: (page) =>
      page.items.filter((item) => item.view === "staff" && item.id !== ticketId && item.status !== "closed"),
  });

/** Tickets whose number (or words) match, to link to. */
export const linkSearchQuery = (q: string) =>
  queryOptions({
    queryKey: relationKeys.search(q),
    queryFn: ({ signal }) => request(listTickets, { query: { q, limit: 5 } }, { signal }),
    enabled: q.length > 0,
  });

function useRefreshTickets() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ticketKeys.all });
}

export function useMergeTicket(id: string) {
  const refresh = useRefreshTickets();
  return useMutation({
    mutationFn: (targetTicketId: string) =>
      request(mergeTicket, { params: { id }, body: { targetTicketId } }),
    onSuccess: () => refresh(),
  });
}

export function useSplitMessage(id: string) {
  const refresh = useRefreshTickets();
  return useMutation({
    mutationFn: (messageId: string) => request(splitTicketMessage, { params: { id, messageId }, body: {} }),
    onSuccess: () => refresh(),
  });
}

export function useLinkTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ticketId: string) => request(linkTicket, { params: { id }, body: { ticketId } }),
    onSuccess: (links, ticketId) => {
      queryClient.setQueryData(relationKeys.links(id), links);
      return queryClient.invalidateQueries({ queryKey: relationKeys.links(ticketId) });
    },
  });
}

export function useUnlinkTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (otherId: string) => request(unlinkTicket, { params: { id, otherId } }),
    onSuccess: (links, otherId) => {
      queryClient.setQueryData(relationKeys.links(id), links);
      return queryClient.invalidateQueries({ queryKey: relationKeys.links(otherId) });
    },
  });
}
