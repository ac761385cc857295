import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  attachmentParamsSchema,
  attachmentSchema,
  bulkTicketChangeSchema,
  bulkTicketResultSchema,
  createMessageSchema,
  createTicketSchema,
  linkedTicketListSchema,
  linkTicketSchema,
  mergeTicketSchema,
  messageCreatedSchema,
  splitMessageParamsSchema,
  splitMessageSchema,
  ticketCountsQuerySchema,
  ticketCountsSchema,
  ticketCreatedSchema,
  ticketEventListSchema,
  ticketExportPageSchema,
  ticketExportQuerySchema,
  ticketIdParamsSchema,
  ticketLinkParamsSchema,
  ticketListQuerySchema,
  ticketPageSchema,
  ticketSplitSchema,
  ticketViewSchema,
  updateTicketSchema,
  uploadAttachmentQuerySchema,
} from "./tickets.schemas.ts";

export const createTicket = defineEndpoint({
  method: "POST",
  path: "/tickets",
  summary:
    "File a ticket: anyone, free of charge (guests give e-mail and name), with files staged by POST /uploads. Send an Idempotency-Key header to retry safely.",
  tag: "Tickets",
  body: createTicketSchema,
  responses: { 201: ticketCreatedSchema, 404: problemSchema, 422: problemSchema },
});

export const listTickets = defineEndpoint({
  method: "GET",
  path: "/tickets",
  summary: "Customers: their own tickets. Staff: the queue, with filters and free-text search",
  tag: "Tickets",
  query: ticketListQuerySchema,
  responses: { 200: ticketPageSchema, 401: problemSchema },
});

export const countTickets = defineEndpoint({
  method: "GET",
  path: "/tickets/counts",
  summary:
    "Staff: how many tickets match the list's filters, and how many each queue view holds with them (the phone desk counts its own callback requests)",
  tag: "Tickets",
  query: ticketCountsQuerySchema,
  responses: { 200: ticketCountsSchema, 401: problemSchema, 404: problemSchema },
});

export const exportTickets = defineEndpoint({
  method: "GET",
  path: "/tickets/export",
  summary:
    "Staff and integrations: every ticket in order of its last change (updatedAt, id), to mirror the data; a page and the cursor to continue from, now or later",
  tag: "Tickets",
  query: ticketExportQuerySchema,
  responses: { 200: ticketExportPageSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const getTicket = defineEndpoint({
  method: "GET",
  path: "/tickets/:id",
  summary: "A ticket with its thread (customers see the team, never a person, and no internal notes)",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  responses: { 200: ticketViewSchema, 401: problemSchema, 404: problemSchema },
});

export const updateTicket = defineEndpoint({
  method: "PATCH",
  path: "/tickets/:id",
  summary: "Staff: status, priority, category, assignee (take over). Customers: close or reopen their own",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  body: updateTicketSchema,
  responses: { 200: ticketViewSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema },
});

export const bulkUpdateTickets = defineEndpoint({
  method: "POST",
  path: "/tickets/bulk",
  summary:
    "Staff who work tickets: the same change (status, priority, assignee) to up to 100 tickets, each with the rules of PATCH /tickets/{id} in its own transaction; the outcome per ticket",
  tag: "Tickets",
  body: bulkTicketChangeSchema,
  responses: { 200: bulkTicketResultSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const addTicketMessage = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/messages",
  summary:
    "Reply (customers and staff) or add an internal note (staff), with files staged by POST /uploads; a reply to a closed ticket starts a follow-up",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  body: createMessageSchema,
  responses: {
    201: messageCreatedSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
    422: problemSchema,
  },
});

export const listTicketEvents = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/events",
  summary: "The ticket's history: every change with who, when, before and after (staff only)",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  responses: { 200: ticketEventListSchema, 401: problemSchema, 404: problemSchema },
});

export const uploadTicketAttachment = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/attachments",
  summary: "Attach a file (multipart field `file`), optionally to one of the ticket's messages",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  query: uploadAttachmentQuerySchema,
  upload: { field: "file" },
  responses: {
    201: attachmentSchema,
    401: problemSchema,
    404: problemSchema,
    413: problemSchema,
    415: problemSchema,
  },
});

export const downloadTicketAttachment = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/attachments/:attachmentId",
  summary: "Download an attachment (always as a download, never rendered inline)",
  tag: "Tickets",
  params: attachmentParamsSchema,
  download: true,
  responses: { 200: null, 401: problemSchema, 404: problemSchema },
});

export const mergeTicket = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/merge",
  summary:
    "Staff who work tickets: merge this ticket into another of the same customer (thread, files, time and history move there; this one is closed and points to it); the customer gets one e-mail. Answers the target",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  body: mergeTicketSchema,
  responses: {
    200: ticketViewSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const splitTicketMessage = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/messages/:messageId/split",
  summary:
    "Staff who work tickets: a public message (and its files) becomes the first message of a new ticket for the same customer, who is told",
  tag: "Tickets",
  params: splitMessageParamsSchema,
  body: splitMessageSchema,
  responses: {
    201: ticketSplitSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const listTicketLinks = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/links",
  summary: "Staff who work tickets: the tickets linked to this one (both directions)",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  responses: { 200: linkedTicketListSchema, 401: problemSchema, 404: problemSchema },
});

export const linkTicket = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/links",
  summary:
    "Staff who work tickets: link a related ticket (once per pair, never to itself); answers the links",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  body: linkTicketSchema,
  responses: { 200: linkedTicketListSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const unlinkTicket = defineEndpoint({
  method: "DELETE",
  path: "/tickets/:id/links/:otherId",
  summary:
    "Staff who work tickets: remove the link between two tickets (no link: nothing changes); answers the links left",
  tag: "Tickets",
  params: ticketLinkParamsSchema,
  responses: { 200: linkedTicketListSchema, 401: problemSchema, 404: problemSchema },
});
