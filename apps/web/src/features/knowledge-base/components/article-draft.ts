import type { FaqArticle, Language } from "@helpdesk/contracts";

/** A category as the API lists it. */
export interface FaqCategory {
  slug: string;
  name: string;
}

/** What the editor holds while someone writes: the form's values as typed. */
export interface ArticleDraft {
  title: string;
  slug: string;
  body: string;
  categorySlug: string;
  language: Language;
  status: "draft" | "published";
  /** Comma-separated, as typed. */
  keywords: string;
}

export const emptyDraft = (categorySlug = ""): ArticleDraft => ({
  title: "",
  slug: "",
  body: "",
  categorySlug,
  language: "nl",
  status: "draft",
  keywords: "",
});

export const draftOf = (article: FaqArticle): ArticleDraft => ({
  title: article.title,
  slug: article.slug,
  body: article.body,
  categorySlug: article.category.slug,
  language: article.language,
  status: article.status,
  keywords: article.keywords.join(", "),
});

export const keywordList = (typed: string): string[] =>
  typed
    .split(",")
    .map((word) => word.trim())
    .filter((word) => word !== "");

/** The request body for the draft: a new article's slug only when one was typed. */
export function bodyOf(draft: ArticleDraft) {
  const { slug, keywords, ...rest } = draft;
  return { ...rest, ...(slug.trim() ? { slug: slug.trim() } : {}), keywords: keywordList(keywords) };
}

/** The fields the editor shows, in order; the conflict screen compares the same ones. */
export const articleFields = [
  "title",
  "slug",
  "categorySlug",
  "language",
  "status",
  "keywords",
  "body",
] as const;
export type ArticleField = (typeof articleFields)[number];
