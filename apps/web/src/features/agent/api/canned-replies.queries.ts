import { listCannedReplies, renderCannedReply } from "@helpdesk/contracts";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const cannedReplyKeys = {
  all: ["canned-replies"] as const,
  list: (q: string) => ["canned-replies", "list", q] as const,
};

/** Canned replies matching the words typed (all of them while empty), newest first. */
export const cannedRepliesQuery = (q: string) =>
  queryOptions({
    queryKey: cannedReplyKeys.list(q),
    queryFn: ({ signal }) =>
      request(listCannedReplies, { query: { limit: 100, ...(q ? { q } : {}) } }, { signal }),
    placeholderData: keepPreviousData,
  });

/** A canned reply filled in for one ticket (this counts a use). */
export const renderCannedReplyFor = (ticketId: string, cannedId: string) =>
  request(renderCannedReply, { params: { id: ticketId, cannedId } });
