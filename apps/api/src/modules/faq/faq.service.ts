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

    async listArticles(
      actor: Actor,
      query: {
        cursor?: string | undefined;
        limit: number;
        category?: string | undefined;
        lang?: Language | undefined;
        status?: FaqStatus | undefined;
      },
    ): Promise<CursorPage<FaqArticleSummary>> {
      const status = query.status ?? "published";
      if (status === "draft" && !canEditFaq(actor)) denyAsNotFound();
      const rows = await repository.listArticles(
        db,
        { statuses: [status], categorySlug: query.category, language: query.lang },
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

    /** Drafts exist only for editors: anyone else gets the same 404 as for a missing slug. */
    async getArticle(actor: Actor, slug: string): Promise<FaqArticle> {
      const row = await repository.findArticle(db, slug);
      if (!row || (row.status !== "published" && !canEditFaq(actor))) return denyAsNotFound();
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
      const { categorySlug, ...changes } = patch;
      const text = {
        title: changes.title ?? current.title,
        keywords: changes.keywords ?? current.keywords,
        body: changes.body ?? current.body,
      };
      const row = await repository.updateArticle(db, slug, {
        ...changes,
        ...(categorySlug ? { categoryId: await categoryIdOf(categorySlug) } : {}),
        ...(await indexedFields(text)),
      });
      return presentArticle(publicUrl, row);
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
