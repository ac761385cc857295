import { z } from "zod";
import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";

/**
 * The e-mail a ticket message came in as, kept whole for staff: what quote stripping left out, and
 * parts the product could not take (encrypted mail, refused files), named in `notes`.
 */
export const inboundEmailOriginalSchema = z
  .object({
    id: z.uuid(),
    /** The ticket message it became. */
    messageId: z.uuid(),
    notes: z.array(z.string()),
    receivedAt: z.iso.datetime(),
  })
  .meta({ id: "InboundEmailOriginal" });

const originalParamsSchema = z.object({ id: z.uuid(), originalId: z.uuid() });

export const listInboundEmailOriginals = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/email-originals",
  summary: "Staff only: the original e-mails the ticket's messages came in as",
  tag: "E-mail",
  params: z.object({ id: z.uuid() }),
  responses: { 200: z.array(inboundEmailOriginalSchema), 401: problemSchema, 404: problemSchema },
});

export const downloadInboundEmailOriginal = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/email-originals/:originalId",
  summary: "Staff only: one original e-mail as received (message/rfc822, always as a download)",
  tag: "E-mail",
  params: originalParamsSchema,
  download: true,
  responses: { 200: null, 401: problemSchema, 404: problemSchema },
});
