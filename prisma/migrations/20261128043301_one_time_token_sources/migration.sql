-- AlterTable
ALTER TABLE "one_time_tokens" ADD COLUMN     "outbox_event_id" UUID,
ADD COLUMN     "ticket_id" UUID;

-- CreateIndex
CREATE INDEX "one_time_tokens_outbox_event_id_idx" ON "one_time_tokens"("outbox_event_id");
