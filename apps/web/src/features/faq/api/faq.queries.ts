import {
  getFaqArticle,
  type Language,
  listFaqArticles,
  listFaqCategories,
  listPopularFaqArticles,
  suggestFaqArticles,
} from "@helpdesk/contracts";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const faqKeys = {
  all: ["faq"] as const,
  suggestions: (q: string, lang: Language, limit: number) =>
    [...faqKeys.all, "suggestions", lang, limit, q] as const,
  categories: () => [...faqKeys.all, "categories"] as const,
  articles: (lang: Language) => [...faqKeys.all, "articles", lang] as const,
  popular: (limit: number, lang: Language) => [...faqKeys.all, "popular", lang, limit] as const,
  article: (slug: string) => [...faqKeys.all, "article", slug] as const,
};

/** Below this many characters a query says too little to suggest anything. */
export const SUGGESTION_MIN_LENGTH = 4;

/**
 * FAQ articles that may answer what someone is typing. While the next answer loads, the previous
 * one stays on screen (no flicker); an empty query asks nothing.
 */
export const faqSuggestionsQuery = (q: string, lang: Language, limit = 5) =>
  queryOptions({
    queryKey: faqKeys.suggestions(q, lang, limit),
    queryFn: ({ signal }) => request(suggestFaqArticles, { query: { q, lang, limit } }, { signal }),
    enabled: q.length >= SUGGESTION_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

/** The FAQ's categories, in display order. */
export const faqCategoriesQuery = () =>
  queryOptions({
    queryKey: faqKeys.categories(),
    queryFn: ({ signal }) => request(listFaqCategories, {}, { signal }),
    staleTime: 10 * 60_000,
  });

/** The published articles in one language (the FAQ is small: one page of up to 100 holds them all). */
export const faqArticlesQuery = (lang: Language) =>
  queryOptions({
    queryKey: faqKeys.articles(lang),
    queryFn: ({ signal }) => request(listFaqArticles, { query: { limit: 100, lang } }, { signal }),
    staleTime: 10 * 60_000,
  });

/** The most used articles (the API fills in with the FAQ's own order while there is little use). */
export const faqPopularQuery = (lang: Language, limit = 5) =>
  queryOptions({
    queryKey: faqKeys.popular(limit, lang),
    queryFn: ({ signal }) => request(listPopularFaqArticles, { query: { limit, lang } }, { signal }),
    staleTime: 10 * 60_000,
  });

/** One article by its slug (`/faq/:slug`). */
export const faqArticleQuery = (slug: string) =>
  queryOptions({
    queryKey: faqKeys.article(slug),
    queryFn: ({ signal }) => request(getFaqArticle, { params: { slug } }, { signal }),
    staleTime: 5 * 60_000,
  });
