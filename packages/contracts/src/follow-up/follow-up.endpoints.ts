import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { ticketIdParamsSchema } from "../tickets/ticket-queries.ts";
import { followUpSettingsSchema, ticketSnoozedSchema, ticketSnoozeSchema } from "./follow-up.schemas.ts";

export const getFollowUpSettings = defineEndpoint({
  method: "GET",
  path: "/follow-up/settings",
  summary:
    "When tickets waiting on the customer get a reminder and when they are solved without an answer (admins)",
  tag: "Tickets",
  responses: { 200: followUpSettingsSchema, 401: problemSchema, 404: problemSchema },
});

export const updateFollowUpSettings = defineEndpoint({
  method: "PUT",
  path: "/follow-up/settings",
  summary:
    "Switch the follow-up of pending tickets on or off and set its days (admins); reminders already sent stay",
  tag: "Tickets",
  body: followUpSettingsSchema,
  responses: { 200: followUpSettingsSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const snoozeTicket = defineEndpoint({
  method: "PUT",
  path: "/tickets/:id/snooze",
  summary:
    "Staff who work tickets: put a ticket aside until a future instant (it leaves the queue's views and returns by itself then; a customer's reply ends it), or null to bring it back now",
  tag: "Tickets",
  params: ticketIdParamsSchema,
  body: ticketSnoozeSchema,
  responses: {
    200: ticketSnoozedSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});
