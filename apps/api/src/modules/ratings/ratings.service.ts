// Satisfaction ratings: one per solved ticket, given by one click in the solved e-mail (a signed
// link, no sign-in) or on the portal's ticket page, changeable for 7 days. A bad one tells the team
// through the outbox; a good one offers the public review page, whose click we count.
import type { RatingScore, TicketRatingState } from "@helpdesk/contracts";
import type { Database, DbClient } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import {
  canRateTicket,
  canReadTicketRating,
  denyAsNotFound,
  requireStaff,
  reviewLinkEditors,
  ticketAccess,
} from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { readSetting, writeSetting } from "../settings/settings.service.ts";
import { findTicketFacts, type TicketAccessFacts } from "../tickets/ticket-facts.ts";
import { recordWebhookEvent } from "../webhooks/webhook-events.ts";
import type { RatingLinkClaims, RatingLinks } from "./rating-links.ts";
import { changeableUntil, presentRatingState } from "./ratings.presenter.ts";
import * as repository from "./ratings.repository.ts";

/** The outbox event of a rating that became bad: the team hears of it by e-mail. */
export const RATED_BAD_EVENT = "ticket.rated_bad";
const REVIEW_URL_SETTING = "review_url";
const ratableStatuses = new Set(["solved", "closed"]);

export interface RatingsDeps {
  db: Database;
  links: RatingLinks;
  /** Where a good rating sends the customer while no admin has chosen a page. */
  defaultReviewUrl: string;
}

export function createRatingsService({ db, links, defaultReviewUrl }: RatingsDeps) {
  const stateOf = async (ticket: TicketAccessFacts, audience: "customer" | "staff") =>
    presentRatingState(ticket.number, await repository.findRating(db, ticket.id), audience, links);

  /**
   * Gives or changes the rating in one transaction. The first rating is an insert that only one of
   * two concurrent requests wins; every later change locks the row first, so concurrent changes
   * queue up and none is lost. A change after 7 days is refused, and nothing of it is kept.
   */
  async function rate(
    tx: DbClient,
    ticketId: string,
    score: RatingScore,
    comment: string | null | undefined,
  ): Promise<void> {
    let previous: RatingScore | null = null;
    if (!(await repository.insertRatingIfNone(tx, { ticketId, score, comment: comment ?? null }))) {
      const current = await repository.lockRating(tx, ticketId);
      if (!current) throw new Error(`the rating of ticket ${ticketId} vanished under its lock`);
      if (changeableUntil(current.ratedAt) < new Date()) {
        throw new AppError("rating_locked", "A rating can be changed for 7 days; this one stands");
      }
      previous = current.score;
      // A new verdict starts without the old one's words; the same verdict keeps them unless replaced.
      const kept = score === previous ? current.comment : null;
      await repository.updateRating(tx, ticketId, { score, comment: comment === undefined ? kept : comment });
    }
    await recordWebhookEvent(tx, ticketId, "ticket.rated");
    if (score === "bad" && previous !== "bad") {
      await recordOutboxEvent(tx, { type: RATED_BAD_EVENT, ticketId, payload: {} });
    }
  }

  async function ratableTicket(id: string): Promise<TicketAccessFacts> {
    const ticket = await findTicketFacts(db, id);
    // An erased customer's ticket is nobody's to rate.
    if (!ticket || ticket.customerId === null) throw invalidLink();
    if (!ratableStatuses.has(ticket.status)) {
      throw new AppError("ticket_not_solved", "This ticket is being worked on again");
    }
    return ticket;
  }

  /** A link's claims, checked against the ticket of the address it was opened at. */
  function checkedClaims(ticketId: string, token: string): RatingLinkClaims {
    const claims = links.claimsOf(token);
    if (!claims || claims.ticketId !== ticketId) throw invalidLink();
    if (claims.expiresAt < new Date()) throw new AppError("rating_link_expired");
    return claims;
  }

  return {
    async get(actor: SignedInActor, ticketId: string): Promise<TicketRatingState> {
      const ticket = await findTicketFacts(db, ticketId);
      const access = ticket ? ticketAccess(actor, ticket) : "none";
      if (!ticket || !canReadTicketRating(access)) return denyAsNotFound();
      return stateOf(ticket, access === "customer" ? "customer" : "staff");
    },

    /** The portal: the ticket's own customer, signed in. */
    async rateAsCustomer(
      actor: SignedInActor,
      ticketId: string,
      input: { score: RatingScore; comment?: string | null | undefined },
    ): Promise<TicketRatingState> {
      const facts = await findTicketFacts(db, ticketId);
      if (!facts || !canRateTicket(ticketAccess(actor, facts))) return denyAsNotFound();
      const ticket = await ratableTicket(ticketId);
      const comment = input.comment === undefined ? undefined : input.comment || null;
      await db.$transaction((tx) => rate(tx, ticket.id, input.score, comment));
      return stateOf(ticket, "customer");
    },

    /** One click in the solved e-mail: the link's choice, once per link. */
    async rateByLink(ticketId: string, token: string): Promise<TicketRatingState> {
      const claims = checkedClaims(ticketId, token);
      const ticket = await ratableTicket(ticketId);
      await db.$transaction(async (tx) => {
        if (!(await repository.useLink(tx, claims.nonce, claims.score))) {
          throw new AppError("rating_link_used", "This link has given its rating already");
        }
        await rate(tx, ticket.id, claims.score, undefined);
      });
      return stateOf(ticket, "customer");
    },

    /** The comment after a link's click: only the link that set the rating it stands on. */
    async commentByLink(ticketId: string, token: string, comment: string): Promise<TicketRatingState> {
      const claims = checkedClaims(ticketId, token);
      const ticket = await ratableTicket(ticketId);
      const current = await repository.findRating(db, ticket.id);
      if (!current || !(await repository.linkWasUsed(db, claims.nonce, claims.score))) throw invalidLink();
      if (current.score !== claims.score) {
        throw new AppError("rating_locked", "The rating was changed since this link was used");
      }
      await db.$transaction((tx) => rate(tx, ticket.id, claims.score, comment || null));
      return stateOf(ticket, "customer");
    },

    /** Counts a followed review link and says where it goes; 404 without a good rating behind it. */
    async followReviewLink(token: string): Promise<string> {
      const ticketId = links.reviewTicketOf(token);
      if (!ticketId || !(await repository.countReviewClick(db, ticketId))) return denyAsNotFound();
      return (await readSetting(db, REVIEW_URL_SETTING)) ?? defaultReviewUrl;
    },

    async reviewLinkSetting(actor: SignedInActor) {
      requireStaff(actor, (role) => reviewLinkEditors.includes(role));
      const url = await readSetting(db, REVIEW_URL_SETTING);
      return { url: url ?? defaultReviewUrl, isDefault: url === undefined };
    },

    async setReviewLink(actor: SignedInActor, url: string | null) {
      requireStaff(actor, (role) => reviewLinkEditors.includes(role));
      await writeSetting(db, REVIEW_URL_SETTING, url);
      return { url: url ?? defaultReviewUrl, isDefault: url === null };
    },
  };
}
export type RatingsService = ReturnType<typeof createRatingsService>;

const invalidLink = () => new AppError("rating_link_invalid", "This link is not one of ours for this ticket");

/** Erasure: the customer's comments on their tickets go, in the caller's transaction. */
export function eraseRatingComments(tx: DbClient, ticketIds: string[]): Promise<number> {
  return repository.clearComments(tx, ticketIds);
}

/** A customer's own verdicts on their tickets for their data export: score, words, dates, no names. */
export function ratingsOfTickets(db: DbClient, ticketIds: string[]) {
  return repository.findRatings(db, ticketIds);
}

/** Google by default: a search for the business, until an admin sets the exact review page. */
export const googleReviewSearch = (businessName: string) =>
  `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${businessName} reviews`)}`;
