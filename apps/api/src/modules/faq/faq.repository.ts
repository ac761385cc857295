// The only code that reads and writes the FAQ tables (articles, their previous slugs, categories,
// synonym groups); the search queries are in faq-search.repository.ts.
import type { Database, DbClient } from "../../db/prisma.ts";
import type { FaqStatus, Language } from "../../generated/prisma/enums.ts";
import { changedSince } from "../../lib/changed-since.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";

const categoryColumns = { slug: true, name: true } as const;

const summaryColumns = {
  id: true,
  slug: true,
  title: true,
  language: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  category: { select: categoryColumns },
} as const;

/** An original or a translation of an article: enough to link to it. */
const linkedArticleColumns = { slug: true, title: true, language: true, status: true } as const;

const articleColumns = {
  ...summaryColumns,
  body: true,
  keywords: true,
  translationOf: { select: linkedArticleColumns },
  translations: { select: linkedArticleColumns, orderBy: { language: "asc" } },
} as const;

export interface ArticleContent {
  title: string;
  body: string;
  categoryId: string;
  language: Language;
  keywords: string[];
  status: FaqStatus;
  titleCompoundParts: string;
  keywordCompoundParts: string;
  bodyCompoundParts: string;
}

export async function listCategories(db: Database) {
  return db.faqCategory.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: categoryColumns,
  });
}

/** A new category goes last. */
export async function insertCategory(db: Database, data: { slug: string; name: string }) {
  const last = await db.faqCategory.aggregate({ _max: { position: true } });
  return db.faqCategory.create({
    data: { ...data, position: (last._max.position ?? -1) + 1 },
    select: categoryColumns,
  });
}

export async function renameCategory(db: Database, slug: string, name: string) {
  const { count } = await db.faqCategory.updateMany({ where: { slug }, data: { name } });
  return count > 0 ? db.faqCategory.findUnique({ where: { slug }, select: categoryColumns }) : null;
}

/** Positions 0, 1, 2, … in the order given; the caller checked that `slugs` holds every category. */
export async function setCategoryOrder(db: DbClient, slugs: string[]) {
  for (const [position, slug] of slugs.entries())
    await db.faqCategory.update({ where: { slug }, data: { position } });
}

export async function listCategorySlugs(db: DbClient): Promise<string[]> {
  return (await db.faqCategory.findMany({ select: { slug: true } })).map((row) => row.slug);
}

export async function findCategoryId(db: Database, slug: string): Promise<string | null> {
  return (await db.faqCategory.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

export async function listArticles(
  db: Database,
  filter: {
    statuses: FaqStatus[];
    categorySlug?: string | undefined;
    language?: Language | undefined;
    updatedSince?: string | undefined;
    /** Each word in the title or among the keywords (case-insensitive). */
    text?: string | undefined;
  },
  after: CursorPosition | undefined,
  take: number,
) {
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return db.faqArticle.findMany({
    where: {
      status: { in: filter.statuses },
      ...(words.length > 0
        ? {
            AND: words.map((word) => ({
              OR: [{ title: { contains: word, mode: "insensitive" as const } }, { keywords: { has: word } }],
            })),
          }
        : {}),
      ...(filter.categorySlug ? { category: { slug: filter.categorySlug } } : {}),
      ...(filter.language ? { language: filter.language } : {}),
      ...changedSince(filter.updatedSince),
      ...afterCursor(after),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: summaryColumns,
  });
}

export async function findArticle(db: Database, slug: string) {
  return db.faqArticle.findUnique({ where: { slug }, select: articleColumns });
}

export async function insertArticle(db: Database, data: ArticleContent & { slug: string; createdAt?: Date }) {
  return db.faqArticle.create({ data, select: articleColumns });
}

export async function updateArticle(db: Database, slug: string, data: Partial<ArticleContent>) {
  return db.faqArticle.update({ where: { slug }, data, select: articleColumns });
}

/**
 * Changes the article only while it is the version the editor opened (`expectedUpdatedAt`, when
 * given): the check is in the UPDATE's WHERE, so of two saves at once the second finds the row
 * changed and writes nothing. Returns whether it wrote.
 */
export async function updateArticleIfUnchanged(
  db: DbClient,
  id: string,
  expectedUpdatedAt: Date | undefined,
  data: Partial<ArticleContent> & { slug?: string },
): Promise<boolean> {
  const { count } = await db.faqArticle.updateMany({
    where: { id, ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
    data,
  });
  return count > 0;
}

export async function findArticleById(db: DbClient, id: string) {
  return db.faqArticle.findUnique({ where: { id }, select: articleColumns });
}

/** The article that once lived at `slug`: its current slug and status. */
export async function findMovedArticle(db: Database, slug: string) {
  const row = await db.faqArticleSlug.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true } } },
  });
  return row?.article ?? null;
}

/**
 * Keeps `oldSlug` pointing at the article after it moved to `newSlug`. False when `newSlug` is an
 * old address of another article (its links must keep leading there).
 */
export async function rememberPreviousSlug(
  db: DbClient,
  articleId: string,
  oldSlug: string,
  newSlug: string,
): Promise<boolean> {
  const taken = await db.faqArticleSlug.findUnique({ where: { slug: newSlug }, select: { articleId: true } });
  if (taken && taken.articleId !== articleId) return false;
  // Moving back to an address it had before: that address is current again, not a redirect.
  if (taken) await db.faqArticleSlug.delete({ where: { slug: newSlug } });
  await db.faqArticleSlug.create({ data: { slug: oldSlug, articleId } });
  return true;
}

export async function deleteArticle(db: Database, slug: string): Promise<boolean> {
  return (await db.faqArticle.deleteMany({ where: { slug } })).count > 0;
}

export type FaqArticleSummaryRow = Awaited<ReturnType<typeof listArticles>>[number];
export type FaqArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

// ── Synonym groups ──

const synonymColumns = { id: true, terms: true, updatedAt: true } as const;

export async function listSynonymGroups(db: Database) {
  return db.faqSynonymGroup.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: synonymColumns,
  });
}

export async function insertSynonymGroup(db: Database, terms: string[]) {
  return db.faqSynonymGroup.create({ data: { terms }, select: synonymColumns });
}

export async function deleteSynonymGroup(db: Database, id: string): Promise<boolean> {
  return (await db.faqSynonymGroup.deleteMany({ where: { id } })).count > 0;
}

export type FaqSynonymGroupRow = Awaited<ReturnType<typeof insertSynonymGroup>>;

export async function findArticleIdsBySlugs(db: DbClient, slugs: string[]): Promise<string[]> {
  const rows = await db.faqArticle.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Slug and title of the published articles at these slugs (for links in the team's replies). */
export function findPublishedTitles(db: DbClient, slugs: string[]) {
  return db.faqArticle.findMany({
    where: { slug: { in: slugs }, status: "published" },
    select: { slug: true, title: true },
  });
}
