-- CreateTable
CREATE TABLE "report_ticket_facts" (
    "ticket_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "channel" "TicketChannel" NOT NULL,
    "category" "TicketCategory" NOT NULL,
    "sla_level" "ServiceLevel",
    "first_response_minutes" INTEGER,
    "first_response_met" BOOLEAN,
    "solved_at" TIMESTAMPTZ(3),
    "resolution_minutes" INTEGER,
    "resolution_met" BOOLEAN,
    "ticket_updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_ticket_facts_pkey" PRIMARY KEY ("ticket_id")
);

-- CreateIndex
CREATE INDEX "report_ticket_facts_created_at_idx" ON "report_ticket_facts"("created_at");

-- CreateIndex
CREATE INDEX "report_ticket_facts_solved_at_idx" ON "report_ticket_facts"("solved_at");

-- CreateIndex
CREATE INDEX "report_ticket_facts_ticket_updated_at_idx" ON "report_ticket_facts"("ticket_updated_at");

-- CreateIndex
CREATE INDEX "tickets_updated_at_id_idx" ON "tickets"("updated_at", "id");

-- CreateIndex
CREATE INDEX "faq_suggestion_events_created_at_form_session_id_idx" ON "faq_suggestion_events"("created_at", "form_session_id");

-- AddForeignKey
ALTER TABLE "report_ticket_facts" ADD CONSTRAINT "report_ticket_facts_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
