-- Search machinery for FAQ suggestions, which the schema language cannot express (written by hand).
-- Needs the unaccent and pg_trgm extensions, created by the init migration.

-- Dutch stemming with accent folding: `unaccent` is a filtering dictionary in front of the Dutch
-- snowball stemmer (which also drops Dutch stop words), so "geïnstalleerde" and "geinstalleerd"
-- meet, and the configuration is immutable enough to be used in generated columns and indexes.
CREATE TEXT SEARCH CONFIGURATION faq_dutch (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION faq_dutch
  ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart, numword, hword_numpart
  WITH unaccent, dutch_stem;

-- The same words unstemmed (accents folded, no stop words dropped): a stemmed index misses the
-- prefix of a half-typed word ("betali:*" is not a prefix of the stem "betal").
CREATE TEXT SEARCH CONFIGURATION faq_plain (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION faq_plain
  ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart, numword, hword_numpart
  WITH unaccent, simple;

-- array_to_string is only STABLE in general (element output functions may depend on settings);
-- for text[] it cannot change, and generated columns need an IMMUTABLE expression.
CREATE FUNCTION faq_join_terms(terms text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce(array_to_string(terms, ' '), '');

-- Weights: A title, B keywords, C body; compound parts carry the weight of the field they are from.
ALTER TABLE "faq_articles" ADD COLUMN "search_stemmed" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('faq_dutch'::regconfig, "title" || ' ' || "title_compound_parts"), 'A') ||
  setweight(to_tsvector('faq_dutch'::regconfig, faq_join_terms("keywords") || ' ' || "keyword_compound_parts"), 'B') ||
  setweight(to_tsvector('faq_dutch'::regconfig, "body" || ' ' || "body_compound_parts"), 'C')
) STORED;

ALTER TABLE "faq_articles" ADD COLUMN "search_plain" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('faq_plain'::regconfig, "title" || ' ' || "title_compound_parts"), 'A') ||
  setweight(to_tsvector('faq_plain'::regconfig, faq_join_terms("keywords") || ' ' || "keyword_compound_parts"), 'B') ||
  setweight(to_tsvector('faq_plain'::regconfig, "body" || ' ' || "body_compound_parts"), 'C')
) STORED;

-- Title and keywords alone: suggestions start from articles whose title or keywords match (a common
-- word occurs in the bodies of most articles of a large FAQ, and scanning all of those is too slow);
-- their bodies then add to the score.
ALTER TABLE "faq_articles" ADD COLUMN "search_head" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('faq_dutch'::regconfig, "title" || ' ' || "title_compound_parts"), 'A') ||
  setweight(to_tsvector('faq_dutch'::regconfig, faq_join_terms("keywords") || ' ' || "keyword_compound_parts"), 'B')
) STORED;

ALTER TABLE "faq_articles" ADD COLUMN "search_head_plain" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('faq_plain'::regconfig, "title" || ' ' || "title_compound_parts"), 'A') ||
  setweight(to_tsvector('faq_plain'::regconfig, faq_join_terms("keywords") || ' ' || "keyword_compound_parts"), 'B')
) STORED;

-- Only the head columns are indexed: the whole-article columns are read for candidates only.
-- fastupdate off: FAQ articles change rarely, and a GIN pending list (scanned in full by every
-- search until vacuum merges it) made searches several times slower after a bulk import.
CREATE INDEX "faq_articles_search_head_idx" ON "faq_articles" USING GIN ("search_head") WITH (fastupdate = off);
CREATE INDEX "faq_articles_search_head_plain_idx" ON "faq_articles" USING GIN ("search_head_plain") WITH (fastupdate = off);

-- Scoring reads the search columns of each candidate once per query word; compressed values would
-- be decompressed every time. Compress only rows beyond 8 kB (the default is 2 kB).
ALTER TABLE "faq_articles" SET (toast_tuple_target = 8160);
