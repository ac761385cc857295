import {
  beatTicketPresence,
  getQueuePresence,
  getTicketPresence,
  leaveTicketPresence,
} from "@helpdesk/contracts";
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

/** Who else has any of the queue's tickets open (one request for the page); off while none are shown. */
export const queuePresenceQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: presenceKeys.queue(ids),
    queryFn: ({ signal }) => request(getQueuePresence, { query: { tickets: ids.join(",") } }, { signal }),
    enabled: ids.length > 0,
    refetchInterval: 10_000,
  });
