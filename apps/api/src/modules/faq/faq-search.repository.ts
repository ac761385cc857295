// The queries behind FAQ suggestions, over the search columns of the `faq_search` migration:
// `search_stemmed` (faq_dutch: stemmed, accents folded) and `search_plain` (faq_plain: unstemmed,
// for prefixes), each weighted A title, B keywords, C body.
import type { Database } from "../../db/prisma.ts";
import type { ArticleHead } from "./search/head-index.ts";
import type { Probe } from "./search/query-plan.ts";
import type { VocabularyEntry } from "./search/vocabulary.ts";

// The queries every search runs go through `db.pool` (see db/prisma.ts for why); the loads of the
// in-memory index, rare, through Prisma.

/** Bumped by triggers on every change to articles or synonyms (migration `faq_search_version`). */
export async function readSearchVersion(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ version: string }>("SELECT version::text FROM faq_search_version");
  return rows[0]?.version ?? "";
}

/** Title and keyword lexemes of every published article, for the in-memory head index. */
export async function loadArticleHeads(db: Database): Promise<ArticleHead[]> {
  // unnest(tsvector) gives each lexeme with its weights: A title, B keywords.
  return db.$queryRaw<ArticleHead[]>`
    SELECT a.id, a.language::text AS language,
           coalesce(a.translation_of_id, a.id)::text AS "groupId",
           ARRAY(SELECT lexeme FROM unnest(a.search_head) WHERE 'A' = ANY(weights)) AS "titleStems",
           ARRAY(SELECT lexeme FROM unnest(a.search_head) WHERE NOT 'A' = ANY(weights)) AS "keywordStems",
           ARRAY(SELECT lexeme FROM unnest(a.search_head_plain) WHERE 'A' = ANY(weights)) AS "titleWords",
           ARRAY(SELECT lexeme FROM unnest(a.search_head_plain) WHERE NOT 'A' = ANY(weights)) AS "keywordWords"
    FROM faq_articles a
    WHERE a.status = 'published'
    ORDER BY a.id`;
}

/** The `faq_dutch` lexemes of single words (none for a stop word), as the search columns stem them. */
export async function stemWords(db: Database, words: string[]): Promise<Map<string, string[]>> {
  if (words.length === 0) return new Map();
  const { rows } = await db.pool.query<{ word: string; stems: string[] }>(
    `SELECT w.word, tsvector_to_array(to_tsvector('faq_dutch', w.word)) AS stems
     FROM unnest($1::text[]) AS w(word)`,
    [words],
  );
  return new Map(rows.map((row) => [row.word, row.stems]));
}

/**
 * For each candidate that is still published: whether each probe occurs anywhere in the whole
 * article (title, keywords or body). Reads the wide search columns of these few rows only.
 */
export async function findProbesInArticles(
  db: Database,
  ids: string[],
  probes: Probe[],
): Promise<{ id: string; found: boolean[] }[]> {
  if (ids.length === 0 || probes.length === 0) return [];
  const kinds = probes.map((probe) => probe.kind);
  const terms = probes.map((probe) => (probe.kind === "prefix" ? `${probe.term}:*` : probe.term));
  const { rows } = await db.pool.query<{ id: string; found: boolean[] }>(
    `WITH probe AS MATERIALIZED (
       SELECT p.ordinal, p.kind,
              to_tsquery((CASE WHEN p.kind = 'prefix' THEN 'faq_plain' ELSE 'faq_dutch' END)::regconfig, p.term) AS query
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS p(term, kind, ordinal)
     )
     SELECT a.id,
            ARRAY(
              SELECT CASE WHEN probe.kind = 'prefix' THEN a.search_plain @@ probe.query
                          ELSE a.search_stemmed @@ probe.query END
              FROM probe ORDER BY probe.ordinal
            ) AS found
     FROM faq_articles a
     WHERE a.id = ANY($3::uuid[]) AND a.status = 'published'`,
    [terms, kinds, ids],
  );
  return rows;
}

export interface SuggestionDetails {
  id: string;
  slug: string;
  title: string;
  language: "nl" | "en";
  /** Set on a translation: its original's slug. */
  translationOf: string | null;
  /** The whole body with the words that match between `HIGHLIGHT_START` and `HIGHLIGHT_END`. */
  highlighted: string;
}

/** Private-use characters around matched words (taken out of the body first, so they only mark). */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

/** Slug, title and the body with the matched words marked (the presenter cuts the snippet). */
export async function findSuggestionDetails(
  db: Database,
  ids: string[],
  highlight: string[],
): Promise<SuggestionDetails[]> {
  const { rows } = await db.pool.query<SuggestionDetails>(
    `SELECT a.id, a.slug, a.title, a.language::text AS language, o.slug AS "translationOf",
            ts_headline('faq_dutch', translate(a.body, $3, ''), to_tsquery('faq_dutch', $1),
                        'HighlightAll=true, StartSel=' || $4 || ', StopSel=' || $5) AS highlighted
     FROM faq_articles a
     LEFT JOIN faq_articles o ON o.id = a.translation_of_id
     WHERE a.id = ANY($2::uuid[]) AND a.status = 'published'`,
    [highlight.join(" | "), ids, HIGHLIGHT_START + HIGHLIGHT_END, HIGHLIGHT_START, HIGHLIGHT_END],
  );
  return rows;
}

/**
 * Words of published articles with the number of articles using them (see search/vocabulary.ts),
 * and each word's stems, so that most query words need no database round trip to be stemmed.
 */
export async function loadVocabulary(
  db: Database,
): Promise<{ entries: VocabularyEntry[]; articleCount: number; stems: Map<string, string[]> }> {
  // Counted per answer, not per article: an original and its translation are one answer, so a word
  // both use ("iban", "review") is as rare as in the original alone.
  const [all, strong, counted] = await Promise.all([
    db.$queryRaw<{ word: string; ndoc: number; stems: string[] }[]>`
      SELECT word, count(DISTINCT coalesce(a.translation_of_id, a.id))::int AS ndoc,
             tsvector_to_array(to_tsvector('faq_dutch', word)) AS stems
      FROM faq_articles a, LATERAL unnest(tsvector_to_array(a.search_plain)) AS word
      WHERE a.status = 'published'
      GROUP BY word`,
    db.$queryRaw<{ word: string }[]>`
      SELECT word FROM ts_stat('SELECT search_plain FROM faq_articles WHERE status = ''published''', 'ab')`,
    db.$queryRaw<{ answers: number }[]>`
      SELECT count(DISTINCT coalesce(translation_of_id, id))::int AS answers
      FROM faq_articles WHERE status = 'published'`,
  ]);
  const inTitleOrKeywords = new Set(strong.map((row) => row.word));
  return {
    entries: all.map((row) => ({
      word: row.word,
      documentCount: Number(row.ndoc),
      inTitleOrKeywords: inTitleOrKeywords.has(row.word),
    })),
    articleCount: counted[0]?.answers ?? 0,
    stems: new Map(all.map((row) => [row.word, row.stems])),
  };
}
