-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "follow_up_reminded_at" TIMESTAMPTZ(3),
ADD COLUMN     "snoozed_until" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "follow_up_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "remind_after_days" INTEGER NOT NULL DEFAULT 3,
    "solve_after_days" INTEGER NOT NULL DEFAULT 4,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_settings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tickets_snoozed_until_idx" ON "tickets"("snoozed_until");
