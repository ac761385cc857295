-- FAQ translations: an article may be the translation of another (its original, in another
-- language); at most one translation per original and language.

-- AlterTable
ALTER TABLE "faq_articles" ADD COLUMN     "translation_of_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "faq_articles_translation_of_id_language_key" ON "faq_articles"("translation_of_id", "language");

-- AddForeignKey
ALTER TABLE "faq_articles" ADD CONSTRAINT "faq_articles_translation_of_id_fkey" FOREIGN KEY ("translation_of_id") REFERENCES "faq_articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
