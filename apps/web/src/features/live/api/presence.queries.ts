import { beatTicketPresence, getTicketPresence, leaveTicketPresence } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";
import { presenceKeys } from "./live.queries.ts";

/** Who else has the ticket open; refetched on every presence event, and now and then for expiries. */
export const ticketPresenceQuery = (id: string) =>
  queryOptions({
    queryKey: presenceKeys.ticket(id),
    queryFn: ({ signal }) => request(getTicketPresence, { params: { id } }, { signal }),
    refetchInterval: 10_000,
  });

export const beatPresence = (id: string, typing: boolean) =>
  request(beatTicketPresence, { params: { id }, body: { typing } });

export const leavePresence = (id: string) => request(leaveTicketPresence, { params: { id } });
