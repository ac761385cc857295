import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { ticketIdParamsSchema } from "../tickets/ticket-queries.ts";
import {
  rateTicketSchema,
  ratingLinkCommentSchema,
  ratingLinkSchema,
  reviewLinkSettingSchema,
  reviewRedirectQuerySchema,
  ticketRatingStateSchema,
  updateReviewLinkSchema,
} from "./ratings.schemas.ts";

const linkProblems = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  410: problemSchema,
} as const;

export const getTicketRating = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/rating",
  summary: "A ticket's satisfaction rating (its customer, and the staff who work tickets)",
  tag: "Ratings",
  params: ticketIdParamsSchema,
  responses: { 200: ticketRatingStateSchema, 401: problemSchema, 404: problemSchema },
});

export const rateTicket = defineEndpoint({
  method: "PUT",
  path: "/tickets/:id/rating",
  summary:
    "The signed-in customer rates their solved ticket, or changes the rating or its comment (for 7 days)",
  tag: "Ratings",
  params: ticketIdParamsSchema,
  body: rateTicketSchema,
  responses: {
    200: ticketRatingStateSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const rateTicketByLink = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/rating/link",
  summary:
    "One click from the solved e-mail: rates the ticket with the link's choice, no sign-in (each link works once)",
  tag: "Ratings",
  params: ticketIdParamsSchema,
  body: ratingLinkSchema,
  responses: { 200: ticketRatingStateSchema, ...linkProblems },
});

export const commentTicketRatingByLink = defineEndpoint({
  method: "PATCH",
  path: "/tickets/:id/rating/link",
  summary: "The comment after a link's click (the link that set the rating, for 7 days)",
  tag: "Ratings",
  params: ticketIdParamsSchema,
  body: ratingLinkCommentSchema,
  responses: { 200: ticketRatingStateSchema, ...linkProblems },
});

export const followReviewLink = defineEndpoint({
  method: "GET",
  path: "/ticket-ratings/review",
  summary: "Counts the click and sends a happy customer on to the public review page (303)",
  tag: "Ratings",
  query: reviewRedirectQuerySchema,
  responses: { 303: null, 400: problemSchema, 404: problemSchema },
});

export const getReviewLinkSetting = defineEndpoint({
  method: "GET",
  path: "/settings/review-link",
  summary: "Where a good rating offers a public review (admins)",
  tag: "Ratings",
  responses: { 200: reviewLinkSettingSchema, 401: problemSchema, 404: problemSchema },
});

export const updateReviewLinkSetting = defineEndpoint({
  method: "PUT",
  path: "/settings/review-link",
  summary: "Set the public review page (https), or null for the default (admins)",
  tag: "Ratings",
  body: updateReviewLinkSchema,
  responses: { 200: reviewLinkSettingSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});
