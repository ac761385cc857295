import {
  type CreateFaqArticle,
  createFaqArticle,
  createFaqCategory,
  createFaqSynonymGroup,
  deleteFaqSynonymGroup,
  getFaqArticle,
  getFaqInsights,
  type Language,
  listFaqArticles,
  listFaqSynonyms,
  orderFaqCategories,
  renameFaqCategory,
  type UpdateFaqArticle,
  updateFaqArticle,
} from "@helpdesk/contracts";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";
import { faqKeys } from "../../faq/api/faq.queries.ts";

/** The editors' filters of the article list, as the API takes them. */
export interface ArticleListFilters {
  q?: string | undefined;
  status: "draft" | "published" | "any";
  category?: string | undefined;
  lang?: Language | undefined;
}

export const KB_PAGE_SIZE = 25;
/** The window of the usage figures next to each article. */
export const USAGE_DAYS = 90;

export const kbKeys = {
  all: [...faqKeys.all, "editor"] as const,
  list: (filters: ArticleListFilters) => [...kbKeys.all, "list", filters] as const,
  article: (slug: string) => [...kbKeys.all, "article", slug] as const,
  insights: (days: number) => [...kbKeys.all, "insights", days] as const,
  synonyms: () => [...kbKeys.all, "synonyms"] as const,
};

/** Drafts and published articles alike, page by page, oldest first (the FAQ's own order). */
export const articleListQuery = (filters: ArticleListFilters) =>
  infiniteQueryOptions({
    queryKey: kbKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      request(
        listFaqArticles,
        {
          query: {
            status: filters.status,
            limit: KB_PAGE_SIZE,
            ...(filters.q ? { q: filters.q } : {}),
            ...(filters.category ? { category: filters.category } : {}),
            ...(filters.lang ? { lang: filters.lang } : {}),
            ...(pageParam ? { cursor: pageParam } : {}),
          },
        },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** How often each article was shown, clicked and ended a ticket form (deflected), per slug. */
export const usageQuery = (days = USAGE_DAYS) =>
  queryOptions({
    queryKey: kbKeys.insights(days),
    queryFn: ({ signal }) => request(getFaqInsights, { query: { days } }, { signal }),
    staleTime: 60_000,
  });

/** One article as its editor opens it: drafts too, never from a stale cache (the version matters). */
export const editorArticleQuery = (slug: string) =>
  queryOptions({
    queryKey: kbKeys.article(slug),
    queryFn: ({ signal }) => request(getFaqArticle, { params: { slug } }, { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

export const synonymsQuery = () =>
  queryOptions({
    queryKey: kbKeys.synonyms(),
    queryFn: ({ signal }) => request(listFaqSynonyms, {}, { signal }),
  });

export const kbActions = {
  create: (body: CreateFaqArticle) => request(createFaqArticle, { body }),
  update: (slug: string, body: UpdateFaqArticle) => request(updateFaqArticle, { params: { slug }, body }),
  createCategory: (name: string) => request(createFaqCategory, { body: { name } }),
  renameCategory: (slug: string, name: string) =>
    request(renameFaqCategory, { params: { slug }, body: { name } }),
  orderCategories: (slugs: string[]) => request(orderFaqCategories, { body: { slugs } }),
  addSynonyms: (terms: string[]) => request(createFaqSynonymGroup, { body: { terms } }),
  removeSynonyms: (id: string) => request(deleteFaqSynonymGroup, { params: { id } }),
};
