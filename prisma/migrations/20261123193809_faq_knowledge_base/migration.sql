-- CreateEnum
CREATE TYPE "FaqStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "faq_categories" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "faq_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "faq_articles" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category_id" UUID NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "FaqStatus" NOT NULL DEFAULT 'draft',
    "title_compound_parts" TEXT NOT NULL DEFAULT '',
    "keyword_compound_parts" TEXT NOT NULL DEFAULT '',
    "body_compound_parts" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "faq_articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "faq_synonym_groups" (
    "id" UUID NOT NULL,
    "terms" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "faq_synonym_groups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "faq_categories_slug_key" ON "faq_categories"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "faq_articles_slug_key" ON "faq_articles"("slug");

-- CreateIndex
CREATE INDEX "faq_articles_status_created_at_idx" ON "faq_articles"("status", "created_at");

-- CreateIndex
CREATE INDEX "faq_articles_category_id_idx" ON "faq_articles"("category_id");

-- AddForeignKey
ALTER TABLE "faq_articles" ADD CONSTRAINT "faq_articles_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "faq_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
