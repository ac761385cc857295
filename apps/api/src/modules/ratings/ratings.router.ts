import {
  commentTicketRatingByLink,
  followReviewLink,
  getReviewLinkSetting,
  getTicketRating,
  rateTicket,
  rateTicketByLink,
  updateReviewLinkSetting,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { RatingsService } from "./ratings.service.ts";

export function ratingRoutes(ratings: RatingsService) {
  return [
    route(getTicketRating, async ({ params, res }) => ({
      status: 200,
      body: await ratings.get(signedInActorOf(res), params.id),
    })),
    route(rateTicket, async ({ params, body, res }) => ({
      status: 200,
      body: await ratings.rateAsCustomer(signedInActorOf(res), params.id, body),
    })),
    // No sign-in: the signed link is the permission, and it answers only about its own ticket.
    route(rateTicketByLink, async ({ params, body }) => ({
      status: 200,
      body: await ratings.rateByLink(params.id, body.token),
    })),
    route(commentTicketRatingByLink, async ({ params, body }) => ({
      status: 200,
      body: await ratings.commentByLink(params.id, body.token, body.comment),
    })),
    route(followReviewLink, async ({ query }) => ({
      status: 303,
      body: undefined,
      headers: { Location: await ratings.followReviewLink(query.token), "Cache-Control": "no-store" },
    })),
    route(getReviewLinkSetting, async ({ res }) => ({
      status: 200,
      body: await ratings.reviewLinkSetting(signedInActorOf(res)),
    })),
    route(updateReviewLinkSetting, async ({ body, res }) => ({
      status: 200,
      body: await ratings.setReviewLink(signedInActorOf(res), body.url),
    })),
  ];
}
