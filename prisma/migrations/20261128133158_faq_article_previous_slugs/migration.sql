-- CreateTable
CREATE TABLE "faq_article_slugs" (
    "slug" TEXT NOT NULL,
    "article_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "faq_article_slugs_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "faq_article_slugs_article_id_idx" ON "faq_article_slugs"("article_id");

-- AddForeignKey
ALTER TABLE "faq_article_slugs" ADD CONSTRAINT "faq_article_slugs_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "faq_articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
