// What other modules may know of FAQ articles: the published ones at some slugs, as links.
import type { DbClient } from "../../db/prisma.ts";
import { articleUrl } from "./faq.presenter.ts";
import { findPublishedTitles } from "./faq.repository.ts";

export interface FaqLink {
  slug: string;
  title: string;
  url: string;
}

/** The published articles at these slugs (a slug without one is left out), keyed by slug. */
export async function publishedFaqLinks(
  db: DbClient,
  publicUrl: string,
  slugs: readonly string[],
): Promise<Map<string, FaqLink>> {
  if (slugs.length === 0) return new Map();
  const rows = await findPublishedTitles(db, [...new Set(slugs)]);
  return new Map(
    rows.map((row) => [row.slug, { slug: row.slug, title: row.title, url: articleUrl(publicUrl, row.slug) }]),
  );
}
