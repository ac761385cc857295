// Builders for FAQ rows; tests that need the real content import it with importFaqContent instead.
import { randomUUID } from "node:crypto";
import type { Database } from "../src/db/prisma.ts";

export async function createFaqCategory(db: Database) {
  const tag = randomUUID().slice(0, 8);
  return db.faqCategory.create({ data: { slug: `categorie-${tag}`, name: `Categorie ${tag}` } });
}

export async function createFaqArticle(
  db: Database,
  categoryId: string,
  overrides: Partial<{
    slug: string;
    title: string;
    body: string;
    status: "draft" | "published";
    keywords: string[];
  }> = {},
) {
  const tag = randomUUID().slice(0, 8);
  return db.faqArticle.create({
    data: {
      slug: overrides.slug ?? `artikel-${tag}`,
      title: overrides.title ?? `Testvraag ${tag}?`,
      body: overrides.body ?? "Een antwoord.",
      keywords: overrides.keywords ?? [],
      status: overrides.status ?? "published",
      categoryId,
    },
  });
}

/** What the access matrix needs: a category, a draft, and drafts and synonym groups to delete. */
export async function createFaqWorld(db: Database, disposable: number) {
  const category = await createFaqCategory(db);
  const draft = await createFaqArticle(db, category.id, { status: "draft" });
  const disposableFaqSlugs: string[] = [];
  const disposableSynonymIds: string[] = [];
  for (let i = 0; i < disposable; i++) {
    disposableFaqSlugs.push((await createFaqArticle(db, category.id, { status: "draft" })).slug);
    disposableSynonymIds.push(
      (await db.faqSynonymGroup.create({ data: { terms: [`woord${i}`, `term${i}`] } })).id,
    );
  }
  return { faqCategory: category.slug, faqDraft: draft.slug, disposableFaqSlugs, disposableSynonymIds };
}
