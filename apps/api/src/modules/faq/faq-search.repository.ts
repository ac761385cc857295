// The queries behind FAQ suggestions, over the search columns of the `faq_search` migration:
// `search_stemmed` (faq_dutch: stemmed, accents folded) and `search_plain` (faq_plain: unstemmed,
// for prefixes), each weighted A title, B keywords, C body.
import type { Database } from "../../db/prisma.ts";
import type { Probe } from "./search/query-plan.ts";
import type { VocabularyEntry } from "./search/vocabulary.ts";

export interface SearchCandidate {
  id: string;
  language: "nl" | "en";
  /** Per probe of the plan: 3 title, 2 keywords, 1 body, 0 no match. */
  levels: number[];
  /** PostgreSQL's own rank, to break ties. */
  rank: number;
}

/**
 * Published articles whose title or keywords match any probe, with where each probe matched in the
 * whole article. Candidates are capped by PostgreSQL's rank, so the cost stays bounded however many
 * articles share a common word.
 */
export async function findSearchCandidates(
  db: Database,
  probes: Probe[],
  limit: number,
): Promise<SearchCandidate[]> {
  const stems = probes.filter((probe) => probe.kind === "stem").map((probe) => probe.term);
  const prefixes = probes.filter((probe) => probe.kind === "prefix").map((probe) => `${probe.term}:*`);
  const kinds = probes.map((probe) => probe.kind);
  const terms = probes.map((probe) => (probe.kind === "prefix" ? `${probe.term}:*` : probe.term));
  // "word:" + "A" is "word:A" (in a title); "prefix:*" + "A" is "prefix:*A".
  const labelled = probes.map((probe) => (probe.kind === "prefix" ? `${probe.term}:*` : `${probe.term}:`));
  return db.$queryRaw<SearchCandidate[]>`
    WITH probe AS MATERIALIZED (
      SELECT p.ordinal, p.kind,
             to_tsquery(cfg, p.labelled || 'A') AS in_title,
             to_tsquery(cfg, p.labelled || 'B') AS in_keywords,
             to_tsquery(cfg, p.term) AS anywhere
      FROM unnest(${terms}::text[], ${labelled}::text[], ${kinds}::text[])
             WITH ORDINALITY AS p(term, labelled, kind, ordinal),
           LATERAL (SELECT (CASE WHEN p.kind = 'prefix' THEN 'faq_plain' ELSE 'faq_dutch' END)::regconfig AS cfg) AS c
    ),
    query AS MATERIALIZED (
      SELECT to_tsquery('faq_dutch', ${stems.join(" | ")}) AS stems,
             to_tsquery('faq_plain', ${prefixes.join(" | ")}) AS prefixes
    ),
    -- Narrow rows (id and rank) while ranking the many matches; the wide search columns are read
    -- for the few candidates only.
    candidate AS (
      SELECT a.id,
             ts_rank('{0.1, 0.35, 0.9, 1.0}', a.search_head, query.stems)
               + ts_rank('{0.1, 0.35, 0.9, 1.0}', a.search_head_plain, query.prefixes) AS rank
      FROM faq_articles a, query
      WHERE a.status = 'published'
        AND (a.search_head @@ query.stems OR a.search_head_plain @@ query.prefixes)
      ORDER BY rank DESC, a.id
      LIMIT ${limit}
    )
    SELECT c.id, a.language::text AS language, c.rank::float8 AS rank,
           ARRAY(
             -- Title and keyword matches from the small head columns; the whole article only
             -- for the rest.
             SELECT CASE
                      WHEN head @@ probe.in_title THEN 3
                      WHEN head @@ probe.in_keywords THEN 2
                      WHEN whole @@ probe.anywhere THEN 1
                      ELSE 0
                    END
             FROM probe,
                  LATERAL (
                    SELECT CASE WHEN probe.kind = 'prefix' THEN a.search_head_plain ELSE a.search_head END AS head,
                           CASE WHEN probe.kind = 'prefix' THEN a.search_plain ELSE a.search_stemmed END AS whole
                  ) AS col
             ORDER BY probe.ordinal
           ) AS levels
    FROM candidate c
    JOIN faq_articles a ON a.id = c.id
    ORDER BY c.rank DESC`;
}

export interface SuggestionDetails {
  id: string;
  slug: string;
  title: string;
  snippet: string;
}

/** Slug, title and a short plain-text excerpt around the matched words. */
export async function findSuggestionDetails(
  db: Database,
  ids: string[],
  highlight: string[],
): Promise<SuggestionDetails[]> {
  return db.$queryRaw<SuggestionDetails[]>`
    SELECT a.id, a.slug, a.title,
           ts_headline('faq_dutch', a.body, to_tsquery('faq_dutch', ${highlight.join(" | ")}),
                       'MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, StartSel="", StopSel=""') AS snippet
    FROM faq_articles a
    WHERE a.id = ANY(${ids}::uuid[])`;
}

/** Words of published articles with the number of articles using them (see search/vocabulary.ts). */
export async function loadVocabulary(
  db: Database,
): Promise<{ entries: VocabularyEntry[]; articleCount: number }> {
  const [all, strong, counted] = await Promise.all([
    db.$queryRaw<{ word: string; ndoc: number }[]>`
      SELECT word, ndoc FROM ts_stat('SELECT search_plain FROM faq_articles WHERE status = ''published''')`,
    db.$queryRaw<{ word: string }[]>`
      SELECT word FROM ts_stat('SELECT search_plain FROM faq_articles WHERE status = ''published''', 'ab')`,
    db.faqArticle.count({ where: { status: "published" } }),
  ]);
  const inTitleOrKeywords = new Set(strong.map((row) => row.word));
  return {
    entries: all.map((row) => ({
      word: row.word,
      documentCount: Number(row.ndoc),
      inTitleOrKeywords: inTitleOrKeywords.has(row.word),
    })),
    articleCount: counted,
  };
}
