-- A version number for what FAQ search holds in memory (vocabulary, synonyms, titles and keywords):
-- every change to articles or synonyms, by any process (the API, the seed import, psql), bumps it,
-- and each search compares it with the version it loaded. Written by hand: the schema language has
-- no triggers.
CREATE TABLE "faq_search_version" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "version" bigint NOT NULL
);
INSERT INTO "faq_search_version" ("version") VALUES (1);

CREATE FUNCTION faq_search_version_bump() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "faq_search_version" SET "version" = "version" + 1;
  RETURN NULL;
END;
$$;

-- Once per statement: a bulk import bumps it once per statement, not per row.
CREATE TRIGGER "faq_articles_search_version"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "faq_articles"
  FOR EACH STATEMENT EXECUTE FUNCTION faq_search_version_bump();
CREATE TRIGGER "faq_synonym_groups_search_version"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "faq_synonym_groups"
  FOR EACH STATEMENT EXECUTE FUNCTION faq_search_version_bump();
