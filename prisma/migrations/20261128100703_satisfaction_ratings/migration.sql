-- CreateEnum
CREATE TYPE "RatingScore" AS ENUM ('good', 'bad');

-- CreateTable
CREATE TABLE "ticket_ratings" (
    "ticket_id" UUID NOT NULL,
    "score" "RatingScore" NOT NULL,
    "comment" TEXT,
    "rated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "review_clicks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ticket_ratings_pkey" PRIMARY KEY ("ticket_id")
);

-- CreateTable
CREATE TABLE "ticket_rating_link_uses" (
    "nonce" UUID NOT NULL,
    "score" "RatingScore" NOT NULL,
    "used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_rating_link_uses_pkey" PRIMARY KEY ("nonce","score")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ticket_ratings_rated_at_idx" ON "ticket_ratings"("rated_at");

-- AddForeignKey
ALTER TABLE "ticket_ratings" ADD CONSTRAINT "ticket_ratings_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
