// The knowledge base: public reading of published articles, writing by admins and customer
// service, and the synonym groups that suggestions expand.
import type {
  CreateFaqArticle,
  CursorPage,
  FaqArticle,
  FaqArticleSummary,
  FaqStatus,
  Language,
  UpdateFaqArticle,
} from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import { canEditFaq, denyAsNotFound } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import { presentArticle, presentArticleSummary, presentSynonymGroup } from "./faq.presenter.ts";
import * as repository from "./faq.repository.ts";
import { slugFromTitle } from "./faq-slug.ts";
import { popularArticles } from "./faq-usage.repository.ts";
import { indexedFieldsOf } from "./search/indexed-fields.ts";
import type { FaqSearchIndex } from "./search/search-index.ts";

/** How far back use counts for "popular": long enough to be steady, short enough to follow change. */
export const POPULAR_WINDOW_DAYS = 90;

interface FaqServiceDeps {
  db: Database;
  searchIndex: FaqSearchIndex;
  /** Base URL of the web app: articles live at `<publicUrl>/faq/<slug>`. */
  publicUrl: string;
}

export function createFaqService({ db, searchIndex, publicUrl }: FaqServiceDeps) {
  async function categoryIdOf(slug: string): Promise<string> {
    const id = await repository.findCategoryId(db, slug);
    if (id) return id;
    throw new AppError("validation_failed", "No such FAQ category", {
      errors: [
        { path: "body.categorySlug", message: `Unknown category "${slug}"`, code: "unknown_category" },
      ],
    });
  }

  async function indexedFields(article: { title: string; keywords: string[]; body: string }) {
    const { vocabulary } = await searchIndex.current();
    return indexedFieldsOf(article, (word) => vocabulary.has(word));
  }

  function requireEditor(actor: SignedInActor) {
    if (!canEditFaq(actor)) denyAsNotFound();
  }

  return {
    async listCategories() {
      return { items: await repository.listCategories(db) };
    },

    async createCategory(actor: SignedInActor, input: { name: string; slug?: string | undefined }) {
      requireEditor(actor);
      return repository.insertCategory(db, {
        name: input.name,
        slug: input.slug ?? slugFromTitle(input.name),
      });
    },

    async renameCategory(actor: SignedInActor, slug: string, name: string) {
      requireEditor(actor);
      return (await repository.renameCategory(db, slug, name)) ?? denyAsNotFound();
    },

    /** The new order must name every category once: a list from a stale screen is refused. */
    async orderCategories(actor: SignedInActor, slugs: string[]) {
      requireEditor(actor);
      await inWriteTransaction(db, async (tx) => {
        const existing = await repository.listCategorySlugs(tx);
        const given = new Set(slugs);
        if (existing.length !== slugs.length || existing.some((slug) => !given.has(slug))) {
          throw new AppError("validation_failed", "List every category once, no others", {
            errors: [{ path: "body.slugs", message: "List every category once", code: "incomplete_order" }],
          });
        }
        await repository.setCategoryOrder(tx, slugs);
      });
      return { items: await repository.listCategories(db) };
    },

    async listArticles(
      actor: Actor,
      query: {
        cursor?: string | undefined;
        limit: number;
        category?: string | undefined;
        lang?: Language | undefined;
        status?: FaqStatus | "any" | undefined;
        q?: string | undefined;
        updated_since?: string | undefined;
      },
    ): Promise<CursorPage<FaqArticleSummary>> {
      const status = query.status ?? "published";
      if (status !== "published" && !canEditFaq(actor)) denyAsNotFound();
      const statuses: FaqStatus[] = status === "any" ? ["draft", "published"] : [status];
      const rows = await repository.listArticles(
        db,
        {
          statuses,
          categorySlug: query.category,
          language: query.lang,
          text: query.q || undefined,
          updatedSince: query.updated_since,
        },
        decodeCursor(query.cursor),
        query.limit + 1,
      );
      return toPage(rows, query.limit, (row) => presentArticleSummary(publicUrl, row));
    },

    /** Public, for the home page: published articles only, and no counts (just the order). */
    async listPopular(limit: number, language?: Language): Promise<{ items: FaqArticleSummary[] }> {
      const since = new Date(Date.now() - POPULAR_WINDOW_DAYS * 24 * 60 * 60 * 1000);
      const rows = await popularArticles(db, since, limit, language);
      return { items: rows.map((row) => presentArticleSummary(publicUrl, row)) };
    },

    /**
     * Drafts exist only for editors: anyone else gets the same 404 as for a missing slug. A slug the
     * article had before answers where it lives now (`movedTo`), for links in old e-mails.
     */
    async getArticle(actor: Actor, slug: string): Promise<FaqArticle | { movedTo: string }> {
      const row = await repository.findArticle(db, slug);
      if (!row) {
        const moved = await repository.findMovedArticle(db, slug);
        if (moved && (moved.status === "published" || canEditFaq(actor))) return { movedTo: moved.slug };
        return denyAsNotFound();
      }
      if (row.status !== "published" && !canEditFaq(actor)) return denyAsNotFound();
      return presentArticle(publicUrl, row);
    },

    async createArticle(actor: SignedInActor, input: CreateFaqArticle): Promise<FaqArticle> {
      requireEditor(actor);
      const { categorySlug, slug, ...content } = input;
      const row = await repository.insertArticle(db, {
        ...content,
        slug: slug ?? slugFromTitle(input.title),
        categoryId: await categoryIdOf(categorySlug),
        ...(await indexedFields(content)),
      });
      return presentArticle(publicUrl, row);
    },

    async updateArticle(actor: SignedInActor, slug: string, patch: UpdateFaqArticle): Promise<FaqArticle> {
      requireEditor(actor);
      const current = await repository.findArticle(db, slug);
      if (!current) return denyAsNotFound();
      const { categorySlug, expectedUpdatedAt, slug: newSlug, ...changes } = patch;
      const moves = newSlug !== undefined && newSlug !== slug;
      const text = {
        title: changes.title ?? current.title,
        keywords: changes.keywords ?? current.keywords,
        body: changes.body ?? current.body,
      };
      const data = {
        ...changes,
        ...(moves ? { slug: newSlug } : {}),
        ...(categorySlug ? { categoryId: await categoryIdOf(categorySlug) } : {}),
        ...(await indexedFields(text)),
      };
      const row = await inWriteTransaction(db, async (tx) => {
        const expected = expectedUpdatedAt === undefined ? undefined : new Date(expectedUpdatedAt);
        if (!(await repository.updateArticleIfUnchanged(tx, current.id, expected, data))) return null;
        if (moves && !(await repository.rememberPreviousSlug(tx, current.id, slug, newSlug))) {
          throw new AppError("conflict", "This slug was an address of another article", {
            errors: [{ path: "body.slug", message: "Already used by another article", code: "slug_taken" }],
          });
        }
        return repository.findArticleById(tx, current.id);
      });
      if (row) return presentArticle(publicUrl, row);
      // Someone saved since the editor opened it: show both versions, overwrite nothing.
      const latest = await repository.findArticleById(db, current.id);
      if (!latest) return denyAsNotFound();
      throw new AppError("edit_conflict", "The article was changed since you opened it", {
        conflict: { current: presentArticle(publicUrl, latest), submitted: patch },
      });
    },

    async deleteArticle(actor: SignedInActor, slug: string): Promise<void> {
      requireEditor(actor);
      if (!(await repository.deleteArticle(db, slug))) denyAsNotFound();
    },

    async listSynonymGroups(actor: SignedInActor) {
      requireEditor(actor);
      return { items: (await repository.listSynonymGroups(db)).map(presentSynonymGroup) };
    },

    async createSynonymGroup(actor: SignedInActor, terms: string[]) {
      requireEditor(actor);
      const row = await repository.insertSynonymGroup(db, [...new Set(terms)]);
      return presentSynonymGroup(row);
    },

    async deleteSynonymGroup(actor: SignedInActor, id: string): Promise<void> {
      requireEditor(actor);
      if (!(await repository.deleteSynonymGroup(db, id))) denyAsNotFound();
    },
  };
}
export type FaqService = ReturnType<typeof createFaqService>;
