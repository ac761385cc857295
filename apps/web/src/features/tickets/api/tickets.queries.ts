import {
  addTicketMessage,
  type CreateTicket,
  createTicket,
  downloadTicketAttachment,
  getCustomer,
  getPublicSettings,
  getTicket,
  listTicketEvents,
  listTickets,
  snoozeTicket,
  stageUpload,
  type TicketView,
  updateTicket,
} from "@helpdesk/contracts";
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { download, request, type UploadOptions, upload } from "../../../lib/api-client.ts";
import { saveDownloadedFile } from "../../../lib/save-file.ts";

/** The list's filters as the API takes them (comma-separated where a filter has several values). */
export interface TicketListFilters {
  status?: string | undefined;
  category?: string | undefined;
  priority?: string | undefined;
  assignee?: string | undefined;
  verified?: "true" | "false" | undefined;
  breached?: "true" | "false" | undefined;
  due?: "today" | undefined;
  snoozed?: "true" | "false" | undefined;
  q?: string | undefined;
  sort?: "newest" | "oldest" | "due" | undefined;
}

/** Query keys, one factory for the whole feature: invalidating `all` refreshes every ticket screen. */
export const ticketKeys = {
  all: ["tickets"] as const,
  lists: () => [...ticketKeys.all, "list"] as const,
  list: (filters: TicketListFilters) => [...ticketKeys.lists(), filters] as const,
  /** Under `lists()`: whatever refreshes the lists refreshes the queue's counts with them. */
  counts: (filters: TicketListFilters) => [...ticketKeys.lists(), "counts", filters] as const,
  detail: (id: string) => [...ticketKeys.all, "detail", id] as const,
  events: (id: string) => [...ticketKeys.all, "events", id] as const,
};

const PAGE_SIZE = 25;

/** Drops empty filters, so "no filter" and "empty filter" share a cache entry and a URL. */
export function definedOnly(filters: TicketListFilters) {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""),
  ) as TicketListFilters;
}

/** A cursor-paged list: customers get their own tickets, staff the queue. */
export const ticketListQuery = (filters: TicketListFilters) => {
  const query = definedOnly(filters);
  return infiniteQueryOptions({
    queryKey: ticketKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      request(
        listTickets,
        { query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
};

/** The team's name and support hours, which the admins set (everybody may read them). */
export const publicSettingsQuery = () =>
  queryOptions({
    queryKey: ["settings", "public"] as const,
    queryFn: ({ signal }) => request(getPublicSettings, {}, { signal }),
    staleTime: 5 * 60_000,
  });

export const ticketQuery = (id: string) =>
  queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal }) => request(getTicket, { params: { id } }, { signal }),
  });

export const ticketEventsQuery = (id: string) =>
  queryOptions({
    queryKey: ticketKeys.events(id),
    queryFn: ({ signal }) => request(listTicketEvents, { params: { id } }, { signal }),
  });

/** A signed-in customer's own record: the new-ticket form offers their services (hosting, domains). */
export const ownCustomerQuery = (customerId: string) =>
  queryOptions({
    queryKey: ["customers", customerId] as const,
    queryFn: ({ signal }) => request(getCustomer, { params: { id: customerId } }, { signal }),
    staleTime: 5 * 60_000,
  });

/** Files a ticket. The form passes one Idempotency-Key per form session: a double submit files one. */
export const useCreateTicket = () =>
  useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateTicket; idempotencyKey: string }) =>
      request(createTicket, { body }, { headers: { "Idempotency-Key": idempotencyKey } }),
  });

/** Everything about one ticket changes together: refresh its page, its history and the lists. */
function useRefreshTicket() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: ticketKeys.events(id) }),
      queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
    ]);
}

export function useAddMessage(id: string) {
  const refresh = useRefreshTicket();
  return useMutation({
    mutationFn: (body: z.input<typeof addTicketMessage.body>) =>
      request(addTicketMessage, { params: { id }, body }),
    onSuccess: () => refresh(id),
  });
}

/** Puts the ticket aside until an instant (null: back now): `PUT /tickets/{id}/snooze`. */
export function useSnoozeTicket(id: string) {
  const refresh = useRefreshTicket();
  return useMutation({
    mutationFn: (body: z.input<typeof snoozeTicket.body>) => request(snoozeTicket, { params: { id }, body }),
    onSuccess: () => refresh(id),
  });
}

export function useUpdateTicket(id: string) {
  const refresh = useRefreshTicket();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof updateTicket.body>) => request(updateTicket, { params: { id }, body }),
    onSuccess: (ticket: TicketView) => {
      queryClient.setQueryData(ticketKeys.detail(id), ticket);
      return refresh(id);
    },
  });
}

/**
 * Uploads one file before the ticket or reply it goes with exists (`POST /uploads`), reporting
 * progress; the answer's token is sent in that ticket's or reply's `attachments`.
 */
export const stageFile = (file: File, options: UploadOptions) => upload(stageUpload, {}, file, options);

/** Downloads an attachment (the API needs the access token, so a plain link would not do) and saves it. */
export async function saveAttachment(ticketId: string, attachment: { id: string; fileName: string }) {
  const file = await download(downloadTicketAttachment, {
    params: { id: ticketId, attachmentId: attachment.id },
  });
  saveDownloadedFile(file, attachment.fileName);
}
