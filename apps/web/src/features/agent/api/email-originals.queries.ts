import { downloadInboundEmailOriginal, listInboundEmailOriginals } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { download, request } from "../../../lib/api-client.ts";

/** The e-mails a ticket's messages came in as (staff who work tickets; the API refuses others). */
export const emailOriginalsQuery = (ticketId: string) =>
  queryOptions({
    queryKey: ["tickets", ticketId, "email-originals"] as const,
    queryFn: ({ signal }) => request(listInboundEmailOriginals, { params: { id: ticketId } }, { signal }),
  });

/** One original as received, fetched when someone opens it (it can be large). */
export const emailOriginalSourceQuery = (ticketId: string, originalId: string) =>
  queryOptions({
    queryKey: ["tickets", ticketId, "email-originals", originalId] as const,
    queryFn: async ({ signal }) => {
      const file = await download(
        downloadInboundEmailOriginal,
        { params: { id: ticketId, originalId } },
        { signal },
      );
      return { file, text: await file.blob.text() };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
