import {
  getCustomer,
  listCustomerEvents,
  listTickets,
  SCREEN_HEADER,
  searchCustomers,
  type UpdateCustomerBilling,
  updateCustomerBilling,
} from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

/** The screen named in the access log of private data (who saw an IBAN, and where). */
const screen = { [SCREEN_HEADER]: "agent-customers" };

export const customerKeys = {
  all: ["customers"] as const,
  search: (q: string) => ["customers", "search", q] as const,
  one: (id: string) => ["customers", id] as const,
  events: (id: string) => ["customers", id, "events"] as const,
  tickets: (id: string) => ["customers", id, "tickets"] as const,
};

export const customerSearchQuery = (q: string) =>
  queryOptions({
    queryKey: customerKeys.search(q),
    queryFn: ({ signal }) =>
      request(searchCustomers, { query: { q, limit: 25 } }, { signal, headers: screen }),
    enabled: q.trim() !== "",
  });

export const customerQuery = (id: string) =>
  queryOptions({
    queryKey: customerKeys.one(id),
    queryFn: ({ signal }) => request(getCustomer, { params: { id } }, { signal, headers: screen }),
    retry: false,
  });

export const customerEventsQuery = (id: string) =>
  queryOptions({
    queryKey: customerKeys.events(id),
    queryFn: ({ signal }) => request(listCustomerEvents, { params: { id } }, { signal }),
    retry: false,
  });

export const customerTicketsQuery = (id: string) =>
  queryOptions({
    queryKey: customerKeys.tickets(id),
    queryFn: ({ signal }) => request(listTickets, { query: { customer: id, limit: 50 } }, { signal }),
  });

export const changeCustomerBilling = (id: string, body: UpdateCustomerBilling) =>
  request(updateCustomerBilling, { params: { id }, body }, { headers: screen });
