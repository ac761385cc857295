-- CreateEnum
CREATE TYPE "FaqSuggestionEventType" AS ENUM ('shown', 'clicked', 'submitted', 'abandoned');

-- CreateTable
CREATE TABLE "faq_suggestion_events" (
    "id" UUID NOT NULL,
    "form_session_id" UUID NOT NULL,
    "type" "FaqSuggestionEventType" NOT NULL,
    "article_id" UUID,
    "query_words" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "result_count" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "faq_suggestion_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "faq_suggestion_events_form_session_id_idx" ON "faq_suggestion_events"("form_session_id");

-- CreateIndex
CREATE INDEX "faq_suggestion_events_article_id_type_idx" ON "faq_suggestion_events"("article_id", "type");

-- CreateIndex
CREATE INDEX "faq_suggestion_events_type_created_at_idx" ON "faq_suggestion_events"("type", "created_at");

-- AddForeignKey
ALTER TABLE "faq_suggestion_events" ADD CONSTRAINT "faq_suggestion_events_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "faq_articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
