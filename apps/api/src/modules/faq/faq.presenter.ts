// FAQ rows -> the contract's shapes. Articles carry their public address in the web app, which
// agents paste into answers.
import type { FaqArticle, FaqArticleSummary } from "@helpdesk/contracts";
import type { FaqArticleRow, FaqArticleSummaryRow, FaqSynonymGroupRow } from "./faq.repository.ts";

export const articleUrl = (publicUrl: string, slug: string) => `${publicUrl.replace(/\/+$/, "")}/faq/${slug}`;

export function presentArticleSummary(publicUrl: string, row: FaqArticleSummaryRow): FaqArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    category: row.category,
    language: row.language,
    status: row.status,
    url: articleUrl(publicUrl, row.slug),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentArticle(publicUrl: string, row: FaqArticleRow): FaqArticle {
  return { ...presentArticleSummary(publicUrl, row), body: row.body, keywords: row.keywords };
}

export const presentSynonymGroup = (row: FaqSynonymGroupRow) => ({
  id: row.id,
  terms: row.terms,
  updatedAt: row.updatedAt.toISOString(),
});

/** Snippets are plain text on one line, at most about two hundred characters. */
export function presentSnippet(headline: string): string {
  // The body is Markdown: show link text and bare URLs, not the syntax around them.
  const plain = headline
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
    .replace(/^\s*(?:[-*+]|#{1,6})\s+/gm, "")
    .replace(/\*\*|__|`/g, "");
  const text = plain.replace(/\s+/g, " ").trim();
  return text.length <= 220 ? text : `${text.slice(0, 217).replace(/\s+\S*$/, "")}…`;
}
