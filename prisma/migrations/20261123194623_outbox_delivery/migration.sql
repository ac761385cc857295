-- DropIndex
DROP INDEX "domain_events_dispatched_at_occurred_at_idx";

-- AlterTable
ALTER TABLE "domain_events" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "failed_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_error" TEXT,
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "domain_events_dispatched_at_failed_at_next_attempt_at_idx" ON "domain_events"("dispatched_at", "failed_at", "next_attempt_at");
