-- The queue's search over a ticket's messages as one column of the ticket (written by hand: the
-- schema language has no tsvector columns or statement triggers). Searching the messages table
-- first and the tickets afterwards collects every ticket a common word is in (a fifth of a million
-- for "betaling") before the newest 25 are picked; a condition on the ticket itself lets PostgreSQL
-- either walk the tickets newest first until a page is full (common words) or read the few matches
-- from the index (rare words), whichever its statistics say is cheaper.
--
-- `message_search`: the lexemes of every message of the ticket, internal notes included, without
-- positions (the queue does no phrase search or ranking, and this keeps it small). Only the queue
-- (staff who see every message) searches it; a customer's and the phone desk's search keep reading
-- the messages they may see from ticket_messages. Kept by PostgreSQL on every insert, change
-- (erasure rewrites bodies, a merge moves messages) and delete, so no writer can forget it.
ALTER TABLE "tickets" ADD COLUMN "message_search" tsvector NOT NULL DEFAULT '';

CREATE AGGREGATE "tsvector_union" (tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- New messages add their lexemes (one UPDATE per statement, so bulk inserts stay one pass).
CREATE FUNCTION "ticket_message_search_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "tickets" t SET "message_search" = strip(t."message_search" || added."search")
  FROM (SELECT "ticket_id", "tsvector_union"(strip("search")) AS "search"
        FROM "added_messages" GROUP BY "ticket_id") added
  WHERE t."id" = added."ticket_id";
  RETURN NULL;
END $$;

-- A changed or removed message: its tickets' columns are built again from the messages they hold.
CREATE FUNCTION "ticket_message_search_rebuild"("ticket_ids" uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "tickets" t SET "message_search" = coalesce(
    (SELECT strip("tsvector_union"(strip(m."search"))) FROM "ticket_messages" m WHERE m."ticket_id" = t."id"),
    ''::tsvector)
  WHERE t."id" = ANY("ticket_ids");
$$;

CREATE FUNCTION "ticket_message_search_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "ticket_message_search_rebuild"(ARRAY(
    SELECT unnest(ARRAY[b."ticket_id", a."ticket_id"])
    FROM "old_messages" b JOIN "new_messages" a ON a."id" = b."id"
    WHERE a."ticket_id" IS DISTINCT FROM b."ticket_id" OR a."body" IS DISTINCT FROM b."body"));
  RETURN NULL;
END $$;

CREATE FUNCTION "ticket_message_search_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "ticket_message_search_rebuild"(ARRAY(SELECT DISTINCT "ticket_id" FROM "old_messages"));
  RETURN NULL;
END $$;

CREATE TRIGGER "ticket_message_search_added" AFTER INSERT ON "ticket_messages"
  REFERENCING NEW TABLE AS "added_messages"
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_message_search_added"();
CREATE TRIGGER "ticket_message_search_changed" AFTER UPDATE ON "ticket_messages"
  REFERENCING OLD TABLE AS "old_messages" NEW TABLE AS "new_messages"
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_message_search_changed"();
CREATE TRIGGER "ticket_message_search_removed" AFTER DELETE ON "ticket_messages"
  REFERENCING OLD TABLE AS "old_messages"
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_message_search_removed"();

-- The tickets that already have messages.
UPDATE "tickets" t SET "message_search" = m."search"
FROM (SELECT "ticket_id", strip("tsvector_union"(strip("search"))) AS "search"
      FROM "ticket_messages" GROUP BY "ticket_id") m
WHERE t."id" = m."ticket_id";

CREATE INDEX "tickets_message_search_idx" ON "tickets" USING gin ("message_search");
