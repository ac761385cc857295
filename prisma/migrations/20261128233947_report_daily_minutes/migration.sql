-- CreateTable
CREATE TABLE "report_daily_minutes" (
    "day" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "first_responses" INTEGER NOT NULL,
    "resolutions" INTEGER NOT NULL,

    CONSTRAINT "report_daily_minutes_pkey" PRIMARY KEY ("day","minutes")
);

-- The filing days of the facts already counted get their minutes from the next run of the rollup
-- job (UTC dates with a day either side: a superset of the local days of any zone).
INSERT INTO "report_dirty_days" ("day")
SELECT DISTINCT ("created_at" AT TIME ZONE 'UTC')::date + shift
FROM "report_ticket_facts"
CROSS JOIN (VALUES (-1), (0), (1)) shifts(shift)
ON CONFLICT DO NOTHING;
