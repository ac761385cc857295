// Imports the provider's FAQ into the knowledge base: product content, so it also runs in
// production (unlike the demo accounts). Idempotent: what exists is left as staff may have edited
// it; only missing categories, articles and synonym groups are added.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "../../../apps/api/src/db/prisma.ts";
import { slugFromTitle } from "../../../apps/api/src/modules/faq/faq-slug.ts";
import { indexedFieldsOf } from "../../../apps/api/src/modules/faq/search/indexed-fields.ts";
import { wordsOf } from "../../../apps/api/src/modules/faq/search/text-normalization.ts";
import { faqCategories, faqManifest } from "./faq-manifest.ts";
import { faqSynonymGroups } from "./faq-synonyms.ts";
import { englishTranslations } from "./faq-translations.ts";
import { type ParsedArticle, parseFaqFile } from "./parse-faq-file.ts";

/**
 * The provider's FAQ as the product ships it: a copy of `shared/seeds/000_782944e8b03a2699.txt`,
 * kept in the repository so that every install (Docker images included) has its content.
 */
export const FAQ_SEED_FILE = fileURLToPath(new URL("./provider-faq.txt", import.meta.url));

/** The heading the file starts with; its categories come from the manifest. */
const fileHeadings = ["Abonnement"];

export function readFaqSeed(path = FAQ_SEED_FILE): ParsedArticle[] {
  if (!existsSync(path)) {
    throw new Error(
      `FAQ seed file not found at ${path}: it ships with the repository as prisma/seed/faq/provider-faq.txt.`,
    );
  }
  return parseFaqFile(readFileSync(path, "utf8"), faqManifest, fileHeadings);
}

export interface FaqImportResult {
  categoriesCreated: number;
  /** Slugs of the articles created, translations included. */
  articlesCreated: string[];
  synonymGroupsCreated: number;
}

export async function importFaqContent(db: Database, path = FAQ_SEED_FILE): Promise<FaqImportResult> {
  const articles = readFaqSeed(path);

  const categoryIds = new Map<string, string>();
  let categoriesCreated = 0;
  for (const [position, category] of faqCategories.entries()) {
    const existing = await db.faqCategory.findUnique({
      where: { slug: category.slug },
      select: { id: true },
    });
    if (existing) {
      categoryIds.set(category.slug, existing.id);
      continue;
    }
    const created = await db.faqCategory.create({ data: { ...category, position }, select: { id: true } });
    categoryIds.set(category.slug, created.id);
    categoriesCreated++;
  }

  // Compounds split against the whole corpus: the imported articles and those already there.
  const existingArticles = await db.faqArticle.findMany({
    select: { slug: true, title: true, body: true, keywords: true },
  });
  const translations = Object.values(englishTranslations).map((translation) => ({
    ...translation,
    keywords: [],
  }));
  const corpusWords = new Set(
    [...existingArticles, ...articles, ...translations].flatMap((article) => [
      ...wordsOf(article.title),
      ...wordsOf(article.body),
      ...article.keywords.flatMap(wordsOf),
    ]),
  );
  const existingSlugs = new Set(existingArticles.map((article) => article.slug));
  const importedAt = Date.now();
  const articlesCreated: string[] = [];
  for (const [index, article] of articles.entries()) {
    const slug = slugFromTitle(article.title);
    if (existingSlugs.has(slug)) continue;
    await db.faqArticle.create({
      data: {
        slug,
        title: article.title,
        body: article.body,
        keywords: article.keywords,
        language: "nl",
        status: "published",
        categoryId: categoryIds.get(article.category) ?? "",
        ...indexedFieldsOf(article, (word) => corpusWords.has(word)),
        // One millisecond apart: lists (ordered by creation) keep the file's order.
        createdAt: new Date(importedAt + index),
      },
    });
    articlesCreated.push(slug);
  }

  // The English versions, each linked to its Dutch original (when the original is there).
  for (const [index, article] of articles.entries()) {
    const translation = englishTranslations[article.title];
    if (!translation) continue;
    const slug = slugFromTitle(translation.title);
    const original = await db.faqArticle.findUnique({
      where: { slug: slugFromTitle(article.title) },
      select: {
        id: true,
        categoryId: true,
        translations: { where: { language: "en" }, select: { id: true } },
      },
    });
    if (!original || original.translations.length > 0 || existingSlugs.has(slug)) continue;
    await db.faqArticle.create({
      data: {
        slug,
        title: translation.title,
        body: translation.body,
        keywords: article.keywords,
        language: "en",
        status: "published",
        categoryId: original.categoryId,
        translationOfId: original.id,
        ...indexedFieldsOf({ ...translation, keywords: article.keywords }, (word) => corpusWords.has(word)),
        createdAt: new Date(importedAt + articles.length + index),
      },
    });
    articlesCreated.push(slug);
  }

  const existingTerms = new Set(
    (await db.faqSynonymGroup.findMany({ select: { terms: true } })).flatMap((group) => group.terms),
  );
  const missingGroups = faqSynonymGroups.filter((terms) => !existingTerms.has(terms[0] ?? ""));
  if (missingGroups.length > 0) {
    await db.faqSynonymGroup.createMany({ data: missingGroups.map((terms) => ({ terms })) });
  }
  return { categoriesCreated, articlesCreated, synonymGroupsCreated: missingGroups.length };
}
