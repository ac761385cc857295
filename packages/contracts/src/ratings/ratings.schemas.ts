import { z } from "zod";

export const ratingScores = ["good", "bad"] as const;
export const ratingScoreSchema = z.enum(ratingScores);
export type RatingScore = z.infer<typeof ratingScoreSchema>;

/** After the first rating, it may change for this many days; then it stands. */
export const RATING_CHANGE_DAYS = 7;
/** How long the rating links of a solved e-mail work. */
export const RATING_LINK_VALID_DAYS = 30;
export const RATING_COMMENT_MAX = 2000;

const comment = z.string().trim().max(RATING_COMMENT_MAX);

/** A ticket's rating as its customer and the staff who work tickets see it (no person is named). */
export const ticketRatingSchema = z
  .object({
    score: ratingScoreSchema,
    comment: z.string().nullable(),
    ratedAt: z.iso.datetime(),
    /** Until when the customer may still change it. */
    changeableUntil: z.iso.datetime(),
    /**
     * For the customer's good rating: the token of `GET /ticket-ratings/review`, our redirect to the
     * public review page (it counts the click); null otherwise.
     */
    reviewToken: z.string().nullable(),
    /** Staff only: how often the review link was followed; null for the customer. */
    reviewClicks: z.number().int().nullable(),
  })
  .meta({ id: "TicketRating" });
export type TicketRating = z.infer<typeof ticketRatingSchema>;

export const ticketRatingStateSchema = z
  .object({
    ticketNumber: z.string(),
    rating: ticketRatingSchema.nullable(),
  })
  .meta({ id: "TicketRatingState" });
export type TicketRatingState = z.infer<typeof ticketRatingStateSchema>;

/** The portal: the signed-in customer rates their own solved ticket (and adds a comment). */
export const rateTicketSchema = z
  .object({ score: ratingScoreSchema, comment: comment.nullable().optional() })
  .meta({ id: "RateTicket" });

/** A link of the solved e-mail: the token carries the ticket, the choice and an expiry, signed. */
export const ratingLinkSchema = z.object({ token: z.string().min(10).max(500) }).meta({ id: "RatingLink" });
export const ratingLinkCommentSchema = z
  .object({ token: z.string().min(10).max(500), comment })
  .meta({ id: "RatingLinkComment" });

export const reviewRedirectQuerySchema = z.object({ token: z.string().min(10).max(500) });

/** Where a happy customer is offered to write a public review (an admin setting). */
export const reviewLinkSettingSchema = z
  .object({
    url: z.string(),
    /** True while no admin has set one: the default points at Google. */
    isDefault: z.boolean(),
  })
  .meta({ id: "ReviewLinkSetting" });
export const updateReviewLinkSchema = z
  .object({
    /** An https address, or null to go back to the default. */
    url: z
      .url({ protocol: /^https$/, error: "must be an https:// address" })
      .max(500)
      .meta({ examples: ["https://g.page/r/voorbeeld/review"] })
      .nullable(),
  })
  .meta({ id: "UpdateReviewLink" });
