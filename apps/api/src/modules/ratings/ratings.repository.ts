// The only code that reads and writes ratings (ticket_ratings) and the used rating links
// (ticket_rating_link_uses); the review link's setting belongs to the settings module.
import type { DbClient } from "../../db/prisma.ts";
import type { RatingScore } from "../../generated/prisma/enums.ts";

const ratingColumns = {
  ticketId: true,
  score: true,
  comment: true,
  ratedAt: true,
  reviewClicks: true,
} as const;

export async function findRating(db: DbClient, ticketId: string) {
  return db.ticketRating.findUnique({ where: { ticketId }, select: ratingColumns });
}
export type RatingRow = NonNullable<Awaited<ReturnType<typeof findRating>>>;

/** The ratings of the given tickets, oldest first (a customer's data export). */
export async function findRatings(db: DbClient, ticketIds: string[]) {
  return db.ticketRating.findMany({
    where: { ticketId: { in: ticketIds } },
    select: { ticketId: true, score: true, comment: true, ratedAt: true, changedAt: true },
    orderBy: { ratedAt: "asc" },
  });
}

/** Marks a link's choice used; false when it was already (the primary key decides, also under races). */
export async function useLink(tx: DbClient, nonce: string, score: RatingScore): Promise<boolean> {
  const { count } = await tx.ticketRatingLinkUse.createMany({
    data: [{ nonce, score }],
    skipDuplicates: true,
  });
  return count === 1;
}

export async function linkWasUsed(db: DbClient, nonce: string, score: RatingScore): Promise<boolean> {
  return (await db.ticketRatingLinkUse.count({ where: { nonce, score } })) > 0;
}

/** The first rating of a ticket; false when it has one (then lock and change it instead). */
export async function insertRatingIfNone(
  tx: DbClient,
  row: { ticketId: string; score: RatingScore; comment: string | null },
): Promise<boolean> {
  const { count } = await tx.ticketRating.createMany({ data: [row], skipDuplicates: true });
  return count === 1;
}

/** The rating, locked until the transaction ends: concurrent changes of one ticket's rating queue up. */
export async function lockRating(tx: DbClient, ticketId: string) {
  const [row] = await tx.$queryRaw<{ score: RatingScore; comment: string | null; ratedAt: Date }[]>`
    SELECT score, comment, rated_at AS "ratedAt" FROM ticket_ratings WHERE ticket_id = ${ticketId}::uuid FOR UPDATE`;
  return row;
}

export async function updateRating(
  tx: DbClient,
  ticketId: string,
  change: { score: RatingScore; comment: string | null },
): Promise<void> {
  await tx.ticketRating.update({ where: { ticketId }, data: { ...change, changedAt: new Date() } });
}

/** Counts a followed review link, only for a good rating; false when there is none. */
export async function countReviewClick(db: DbClient, ticketId: string): Promise<boolean> {
  const { count } = await db.ticketRating.updateMany({
    where: { ticketId, score: "good" },
    data: { reviewClicks: { increment: 1 } },
  });
  return count === 1;
}

/** Erasure: the customer's own words go; the verdict stays (it names nobody). */
export async function clearComments(tx: DbClient, ticketIds: string[]): Promise<number> {
  const { count } = await tx.ticketRating.updateMany({
    where: { ticketId: { in: ticketIds }, comment: { not: null } },
    data: { comment: null },
  });
  return count;
}
