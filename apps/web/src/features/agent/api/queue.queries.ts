import { countTickets, listAssignableStaff } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";
import { definedOnly, type TicketListFilters, ticketKeys } from "../../tickets/api/tickets.queries.ts";

/** How many tickets the filters match, and each queue view with them. Order does not change a count. */
export const ticketCountsQuery = (filters: TicketListFilters) => {
  const { sort: _order, ...query } = definedOnly(filters);
  return queryOptions({
    queryKey: ticketKeys.counts(query),
    queryFn: ({ signal }) => request(countTickets, { query }, { signal }),
  });
};

/** The colleagues a ticket can be assigned to; staff accounts change rarely. */
export const assignableStaffQuery = () =>
  queryOptions({
    queryKey: ["staff", "assignable"] as const,
    queryFn: ({ signal }) => request(listAssignableStaff, {}, { signal }),
    staleTime: 5 * 60_000,
  });
