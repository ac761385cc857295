// Signed rating links: a token names the ticket, the choice, the e-mail it came in (a nonce, so each
// link works once) and when it expires; an HMAC makes it unforgeable. Nothing is stored per link
// until it is used. The key is derived (HKDF) from the reply-address secret with a label of its own:
// a key for this purpose only, without another secret to configure (ADR 15).
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { type RatingScore, ratingScores } from "@helpdesk/contracts";

export interface RatingLinkClaims {
  ticketId: string;
  score: RatingScore;
  nonce: string;
  expiresAt: Date;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function createRatingLinks(replyAddressSecret: string) {
  const key = Buffer.from(hkdfSync("sha256", replyAddressSecret, "", "helpdesk ticket rating links", 32));
  const sign = (text: string) => createHmac("sha256", key).update(text).digest("base64url");
  const matches = (signature: string, text: string) => {
    const expected = Buffer.from(sign(text));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  return {
    /** `<ticket>.<score>.<nonce>.<expiry in seconds>.<signature>` */
    tokenFor(claims: RatingLinkClaims): string {
      const body = [
        claims.ticketId,
        claims.score,
        claims.nonce,
        Math.floor(claims.expiresAt.getTime() / 1000),
      ].join(".");
      return `${body}.${sign(`rating:${body}`)}`;
    },

    /** The claims of a token we signed (expired or not), or null for anything else. */
    claimsOf(token: string): RatingLinkClaims | null {
      const parts = token.split(".");
      if (parts.length !== 5) return null;
      const [ticketId = "", score = "", nonce = "", expiry = "", signature = ""] = parts;
      if (!matches(signature, `rating:${parts.slice(0, 4).join(".")}`)) return null;
      if (!uuid.test(ticketId) || !uuid.test(nonce) || !/^\d{1,12}$/.test(expiry)) return null;
      if (!(ratingScores as readonly string[]).includes(score)) return null;
      return { ticketId, score: score as RatingScore, nonce, expiresAt: new Date(Number(expiry) * 1000) };
    },

    /** The token of the review redirect for a ticket's rating: `<ticket>.<signature>`. */
    reviewTokenFor: (ticketId: string) => `${ticketId}.${sign(`review:${ticketId}`)}`,

    reviewTicketOf(token: string): string | null {
      const [ticketId = "", signature = "", ...rest] = token.split(".");
      if (rest.length > 0 || !uuid.test(ticketId)) return null;
      return matches(signature, `review:${ticketId}`) ? ticketId : null;
    },
  };
}
export type RatingLinks = ReturnType<typeof createRatingLinks>;
