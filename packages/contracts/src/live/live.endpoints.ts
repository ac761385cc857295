import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { liveStreamTicketSchema, openLiveStreamQuerySchema } from "./live.schemas.ts";

export const createLiveStreamTicket = defineEndpoint({
  method: "POST",
  path: "/live/stream-tickets",
  summary: "A single-use ticket (valid 30 s) to open one live stream with the signed-in session",
  tag: "Live",
  responses: { 201: liveStreamTicketSchema, 401: problemSchema },
});

export const openLiveStream = defineEndpoint({
  method: "GET",
  path: "/live/stream",
  summary:
    "Server-sent events of the ticket changes the caller may see (`Last-Event-ID` resumes); closes when the session ends",
  tag: "Live",
  query: openLiveStreamQuerySchema,
  eventStream: true,
  responses: { 200: null, 401: problemSchema },
});
