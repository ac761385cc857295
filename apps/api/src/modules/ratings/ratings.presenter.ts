// A rating as its customer sees it (with the review redirect's token when good) and as staff see it
// (with the count of review clicks). Neither names a person.
import { RATING_CHANGE_DAYS, type TicketRatingState } from "@helpdesk/contracts";
import { formatTicketNumber } from "../tickets/ticket-number.ts";
import type { RatingLinks } from "./rating-links.ts";
import type { RatingRow } from "./ratings.repository.ts";

const DAY_MS = 24 * 3600 * 1000;

export const changeableUntil = (ratedAt: Date) => new Date(ratedAt.getTime() + RATING_CHANGE_DAYS * DAY_MS);

export function presentRatingState(
  ticketNumber: number,
  row: RatingRow | null,
  audience: "customer" | "staff",
  links: RatingLinks,
): TicketRatingState {
  return {
    ticketNumber: formatTicketNumber(ticketNumber),
    rating: row
      ? {
          score: row.score,
          comment: row.comment,
          ratedAt: row.ratedAt.toISOString(),
          changeableUntil: changeableUntil(row.ratedAt).toISOString(),
          reviewToken:
            audience === "customer" && row.score === "good" ? links.reviewTokenFor(row.ticketId) : null,
          reviewClicks: audience === "staff" ? row.reviewClicks : null,
        }
      : null,
  };
}
