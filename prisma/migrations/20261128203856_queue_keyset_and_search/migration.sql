-- CreateIndex
CREATE INDEX "tickets_created_at_id_idx" ON "tickets"("created_at", "id");

-- CreateIndex
CREATE INDEX "tickets_category_created_at_id_idx" ON "tickets"("category", "created_at", "id");

-- CreateIndex
CREATE INDEX "tickets_priority_created_at_id_idx" ON "tickets"("priority", "created_at", "id");

-- CreateIndex
CREATE INDEX "tickets_assignee_id_created_at_id_idx" ON "tickets"("assignee_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "tickets_created_by_staff_id_created_at_id_idx" ON "tickets"("created_by_staff_id", "created_at", "id");

-- Queue search (written by hand: the schema language has no generated tsvector columns). Subjects
-- and message bodies carry two sets of lexemes in one column, the FAQ's Dutch stems with accents
-- folded (faq_dutch: "betalingen" finds "betaling") and the plain words (faq_plain: a half-typed
-- word finds the whole one by prefix). Kept by PostgreSQL itself, so bulk inserts and every writer
-- stay in step. The requester's name and e-mail are matched as substrings through trigram indexes
-- (an address splits into tokens that a prefix of it does not share). Customers' private columns
-- (address, IBAN, date of birth) are in no search column or index.
ALTER TABLE "tickets" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('faq_dutch'::regconfig, "subject") || to_tsvector('faq_plain'::regconfig, "subject")
) STORED;
CREATE INDEX "tickets_search_idx" ON "tickets" USING gin ("search");

ALTER TABLE "ticket_messages" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('faq_dutch'::regconfig, "body") || to_tsvector('faq_plain'::regconfig, "body")
) STORED;
CREATE INDEX "ticket_messages_search_idx" ON "ticket_messages" USING gin ("search");

CREATE INDEX "customers_name_trgm_idx" ON "customers" USING gin ("name" gin_trgm_ops);
CREATE INDEX "customers_email_trgm_idx" ON "customers" USING gin ("email" gin_trgm_ops);
