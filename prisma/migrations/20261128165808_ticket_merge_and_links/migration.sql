-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "merged_into_ticket_id" UUID;

-- CreateTable
CREATE TABLE "ticket_links" (
    "low_ticket_id" UUID NOT NULL,
    "high_ticket_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_links_pkey" PRIMARY KEY ("low_ticket_id","high_ticket_id")
);

-- CreateIndex
CREATE INDEX "ticket_links_high_ticket_id_idx" ON "ticket_links"("high_ticket_id");

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_merged_into_ticket_id_fkey" FOREIGN KEY ("merged_into_ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_low_ticket_id_fkey" FOREIGN KEY ("low_ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_high_ticket_id_fkey" FOREIGN KEY ("high_ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
