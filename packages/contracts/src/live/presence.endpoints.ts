import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { ticketIdParamsSchema } from "../tickets/ticket-queries.ts";
import {
  presenceHeartbeatSchema,
  queuePresenceQuerySchema,
  queuePresenceSchema,
  ticketPresenceSchema,
} from "./presence.schemas.ts";

export const getTicketPresence = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/presence",
  summary: "Who else has the ticket open, and who is typing a reply (staff who work tickets)",
  tag: "Live",
  params: ticketIdParamsSchema,
  responses: { 200: ticketPresenceSchema, 401: problemSchema, 404: problemSchema },
});

export const beatTicketPresence = defineEndpoint({
  method: "PUT",
  path: "/tickets/:id/presence",
  summary: "Heartbeat of an open ticket (every 10 s; gone 25 s after the last), saying whether you type",
  tag: "Live",
  params: ticketIdParamsSchema,
  body: presenceHeartbeatSchema,
  responses: { 200: ticketPresenceSchema, 401: problemSchema, 404: problemSchema },
});

export const leaveTicketPresence = defineEndpoint({
  method: "DELETE",
  path: "/tickets/:id/presence",
  summary: "You closed the ticket: others stop seeing you at once",
  tag: "Live",
  params: ticketIdParamsSchema,
  responses: { 204: null, 401: problemSchema, 404: problemSchema },
});

export const getQueuePresence = defineEndpoint({
  method: "GET",
  path: "/presence",
  summary:
    "Who else has any of these tickets open, and who is typing (the queue's rows; staff who work tickets)",
  tag: "Live",
  query: queuePresenceQuerySchema,
  responses: { 200: queuePresenceSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});
