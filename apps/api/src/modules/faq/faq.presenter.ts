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

type LinkedArticleRow = FaqArticleRow["translations"][number];

/** Only published versions are linked: a draft translation is not there yet for readers. */
const presentLink = (publicUrl: string, row: LinkedArticleRow) => ({
  slug: row.slug,
  title: row.title,
  language: row.language,
  url: articleUrl(publicUrl, row.slug),
});

export function presentArticle(publicUrl: string, row: FaqArticleRow): FaqArticle {
  return {
    ...presentArticleSummary(publicUrl, row),
    body: row.body,
    keywords: row.keywords,
    translationOf:
      row.translationOf && row.translationOf.status === "published"
        ? presentLink(publicUrl, row.translationOf)
        : null,
    translations: row.translations
      .filter((translation) => translation.status === "published")
      .map((translation) => presentLink(publicUrl, translation)),
  };
}

export const presentSynonymGroup = (row: FaqSynonymGroupRow) => ({
  id: row.id,
  terms: row.terms,
  updatedAt: row.updatedAt.toISOString(),
});

/** A part of the snippet that matched the customer's words: `[start, end)` in UTF-16 code units. */
export interface SnippetHighlight {
  start: number;
  end: number;
}

const SNIPPET_LENGTH = 220;

/** Markdown to the words a reader sees: link text and bare URLs, not the syntax around them. */
function plainTextOf(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
    .replace(/^\s*(?:[-*+•]|#{1,6})\s+/gm, "")
    .replace(/\*\*|__|`/g, "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}

/**
 * A suggestion's snippet: plain text on one line, at most about two hundred characters, starting
 * at the start of the sentence (or line) with the most matched words, never inside a word, with the
 * matched words as ranges (rendered as elements by the web app, so no HTML comes from the article).
 * `marked` is the article body with matched words between `start` and `end` markers.
 */
export function presentSnippet(
  marked: string,
  markers: { start: string; end: string },
): { snippet: string; highlights: SnippetHighlight[] } {
  let text = "";
  const ranges: SnippetHighlight[] = [];
  let open = -1;
  for (const char of plainTextOf(marked)) {
    if (char === markers.start) open = text.length;
    else if (char === markers.end) {
      if (open >= 0 && text.length > open) ranges.push({ start: open, end: text.length });
      open = -1;
    } else text += char;
  }
  // Where a snippet may start: the text's start, each line, each sentence.
  const starts = [0];
  for (const match of text.matchAll(/(?:\n|[.!?](?:\s+))(?=\S)/g)) starts.push(match.index + match[0].length);
  const matchesFrom = (start: number) =>
    ranges.filter((range) => range.start >= start && range.end <= start + SNIPPET_LENGTH).length;
  // The latest start that shows the most matches: the snippet opens on the matching sentence.
  let start = 0;
  let best = matchesFrom(0);
  for (const candidate of text.length <= SNIPPET_LENGTH ? [] : starts) {
    const found = matchesFrom(candidate);
    if (found > 0 && found >= best) {
      best = found;
      start = candidate;
    }
  }
  let end = text.length;
  let ellipsis = "";
  if (end - start > SNIPPET_LENGTH) {
    // Cut at the last space before the limit: the snippet ends on a whole word.
    const space = text.lastIndexOf(" ", start + SNIPPET_LENGTH - 1);
    const lineBreak = text.lastIndexOf("\n", start + SNIPPET_LENGTH - 1);
    end = Math.max(space, lineBreak) > start ? Math.max(space, lineBreak) : start + SNIPPET_LENGTH;
    ellipsis = "…";
  }
  const cut = text
    .slice(start, end)
    .replace(/\n/g, " ")
    .replace(/[\s,;:]+$/, "");
  return {
    snippet: cut + ellipsis,
    highlights: ranges
      .filter((range) => range.start >= start && range.end <= start + cut.length)
      .map((range) => ({ start: range.start - start, end: range.end - start })),
  };
}
