// The only code that reads and writes suggestion events (faq_suggestion_events).
import type { Database, DbClient } from "../../db/prisma.ts";
import type { FaqStatus, FaqSuggestionEventType, Language } from "../../generated/prisma/enums.ts";

export interface EventRow {
  formSessionId: string;
  type: FaqSuggestionEventType;
  articleId?: string | null;
  queryWords?: string[];
  resultCount?: number | null;
}

export async function insertEvents(db: Database, rows: EventRow[]): Promise<void> {
  // Events may name articles deleted meanwhile: those are kept without the article.
  const ids = rows.flatMap((row) => (row.articleId ? [row.articleId] : []));
  const existing = new Set(
    ids.length === 0
      ? []
      : (await db.faqArticle.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
          (row) => row.id,
        ),
  );
  await db.faqSuggestionEvent.createMany({
    data: rows.map((row) => ({
      ...row,
      articleId: row.articleId && existing.has(row.articleId) ? row.articleId : null,
    })),
  });
}

/**
 * Per article: in how many form sessions its answer (the article, its original or a translation) was
 * clicked after a similar text, without a ticket being filed in that session afterwards (a click
 * followed by filing says the article did not answer); a solved ticket that was answered with the
 * article counts as one such session. Similar: sharing at least `minShared` of `words`. Counting
 * sessions, not clicks, so that one visitor clicking repeatedly counts once.
 */
export async function clickedSessionsFor(
  db: Database,
  articleIds: string[],
  words: string[],
  minShared: number,
) {
  if (articleIds.length === 0 || words.length === 0) return new Map<string, number>();
  // Runs with every suggestion: through the pool, like the search's own queries (see db/prisma.ts).
  const { rows } = await db.pool.query<{ article_id: string; sessions: number }>(
    `WITH wanted AS (
       SELECT a.id, coalesce(a.translation_of_id, a.id) AS answer
       FROM faq_articles a WHERE a.id = ANY($1::uuid[])
     ),
     versions AS (
       SELECT w.id, w.answer AS version FROM wanted w
       UNION
       SELECT w.id, t.id FROM wanted w JOIN faq_articles t ON t.translation_of_id = w.answer
     )
     SELECT w.id AS article_id, count(DISTINCT e.form_session_id)::int AS sessions
     FROM versions w
     JOIN faq_suggestion_events e ON e.article_id = w.version
     WHERE e.type IN ('clicked', 'answered_ticket')
       AND e.query_words && $2::text[]
       AND (SELECT count(*) FROM unnest(e.query_words) AS word WHERE word = ANY($2::text[])) >= $3
       AND NOT EXISTS (
         SELECT 1 FROM faq_suggestion_events filed
         WHERE filed.form_session_id = e.form_session_id AND filed.type = 'submitted'
       )
     GROUP BY w.id`,
    [articleIds, words, minShared],
  );
  return new Map(rows.map((row) => [row.article_id, row.sessions]));
}

export async function articleUsage(db: Database, since: Date) {
  return db.$queryRaw<{ slug: string; title: string; shown: number; clicked: number; deflected: number }[]>`
    WITH session_end AS (
      SELECT form_session_id,
             bool_or(type = 'submitted') AS submitted,
             bool_or(type = 'abandoned') AS abandoned
      FROM faq_suggestion_events
      WHERE created_at >= ${since} AND type IN ('submitted', 'abandoned')
      GROUP BY form_session_id
    ),
    per_article AS (
      SELECT e.article_id,
             count(*) FILTER (WHERE e.type = 'shown')::int AS shown,
             count(DISTINCT e.form_session_id) FILTER (WHERE e.type = 'clicked')::int AS clicked,
             count(DISTINCT e.form_session_id) FILTER (
               WHERE e.type = 'clicked' AND s.abandoned AND NOT s.submitted
             )::int AS deflected
      FROM faq_suggestion_events e
      LEFT JOIN session_end s ON s.form_session_id = e.form_session_id
      WHERE e.created_at >= ${since} AND e.article_id IS NOT NULL
      GROUP BY e.article_id
    )
    SELECT a.slug, a.title, p.shown, p.clicked, p.deflected
    FROM per_article p
    JOIN faq_articles a ON a.id = p.article_id
    ORDER BY p.deflected DESC, p.clicked DESC, p.shown DESC
    LIMIT 100`;
}

export async function unansweredQueries(db: Database, since: Date) {
  return db.$queryRaw<{ query: string; count: number }[]>`
    SELECT array_to_string(query_words, ' ') AS query, count(DISTINCT form_session_id)::int AS count
    FROM faq_suggestion_events
    WHERE type = 'shown' AND result_count = 0 AND created_at >= ${since} AND cardinality(query_words) > 0
    GROUP BY 1
    ORDER BY 2 DESC, 1
    LIMIT 50`;
}

/**
 * Published articles, most used first: in how many form sessions since `since` an article was
 * clicked from the suggestions or was the answer a solved ticket linked (each session counts once).
 * Articles without use follow in the FAQ's own order, one per category in turn (every category's
 * first question, in the categories' display order, then every second one, ...): the provider lists
 * the common questions first, and a short list then spans the topics instead of filling up with one.
 */
export async function popularArticles(db: Database, since: Date, limit: number, language?: Language) {
  // One language (an original or a translation in it), or without one the originals only.
  const lang = language ?? null;
  const rows = await db.$queryRaw<
    {
      id: string;
      slug: string;
      title: string;
      language: Language;
      status: FaqStatus;
      createdAt: Date;
      updatedAt: Date;
      categorySlug: string;
      categoryName: string;
    }[]
  >`
    WITH use AS (
      SELECT article_id, count(DISTINCT form_session_id) AS sessions
      FROM faq_suggestion_events
      WHERE type IN ('clicked', 'answered_ticket') AND created_at >= ${since} AND article_id IS NOT NULL
      GROUP BY article_id
    )
    SELECT a.id, a.slug, a.title, a.language, a.status,
           a.created_at AS "createdAt", a.updated_at AS "updatedAt",
           c.slug AS "categorySlug", c.name AS "categoryName"
    FROM faq_articles a
    JOIN faq_categories c ON c.id = a.category_id
    LEFT JOIN use u ON u.article_id = a.id
    WHERE a.status = 'published'
      AND (a.language::text = ${lang}::text OR (${lang}::text IS NULL AND a.translation_of_id IS NULL))
    ORDER BY coalesce(u.sessions, 0) DESC,
             row_number() OVER (PARTITION BY a.category_id ORDER BY a.created_at, a.id),
             c.position, c.name, a.created_at, a.id
    LIMIT ${limit}`;
  return rows.map(({ categorySlug, categoryName, ...article }) => ({
    ...article,
    category: { slug: categorySlug, name: categoryName },
  }));
}

/** Articles already counted as the answer of this ticket (its id is the event's session). */
export async function answeredTicketArticleIds(db: DbClient, ticketId: string): Promise<string[]> {
  const rows = await db.faqSuggestionEvent.findMany({
    where: { formSessionId: ticketId, type: "answered_ticket" },
    select: { articleId: true },
  });
  return rows.flatMap((row) => (row.articleId ? [row.articleId] : []));
}

export async function insertAnsweredTicketEvents(
  db: DbClient,
  ticketId: string,
  articleIds: string[],
  queryWords: string[],
): Promise<void> {
  await db.faqSuggestionEvent.createMany({
    data: articleIds.map((articleId) => ({
      formSessionId: ticketId,
      type: "answered_ticket" as const,
      articleId,
      queryWords,
    })),
  });
}

/** Retention: deletes the suggestion events older than `before`; returns how many. */
export async function deleteEventsBefore(db: DbClient, before: Date): Promise<number> {
  const deleted = await db.faqSuggestionEvent.deleteMany({ where: { createdAt: { lt: before } } });
  return deleted.count;
}
