-- DropIndex
DROP INDEX "report_ticket_facts_created_at_idx";

-- CreateTable
CREATE TABLE "report_daily_tickets" (
    "day" DATE NOT NULL,
    "channel" "TicketChannel" NOT NULL,
    "category" "TicketCategory" NOT NULL,
    "filed" INTEGER NOT NULL,

    CONSTRAINT "report_daily_tickets_pkey" PRIMARY KEY ("day","channel","category")
);

-- CreateTable
CREATE TABLE "report_daily_levels" (
    "day" DATE NOT NULL,
    "sla_level" "ServiceLevel" NOT NULL,
    "tickets" INTEGER NOT NULL,
    "first_met" INTEGER NOT NULL,
    "first_known" INTEGER NOT NULL,
    "resolution_met" INTEGER NOT NULL,
    "resolution_known" INTEGER NOT NULL,

    CONSTRAINT "report_daily_levels_pkey" PRIMARY KEY ("day","sla_level")
);

-- CreateTable
CREATE TABLE "report_daily_solved" (
    "day" DATE NOT NULL,
    "solved" INTEGER NOT NULL,

    CONSTRAINT "report_daily_solved_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "report_daily_funnel" (
    "day" DATE NOT NULL,
    "sessions" INTEGER NOT NULL,
    "shown" INTEGER NOT NULL,
    "clicked" INTEGER NOT NULL,
    "deflected" INTEGER NOT NULL,
    "submitted_anyway" INTEGER NOT NULL,

    CONSTRAINT "report_daily_funnel_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "report_daily_articles" (
    "day" DATE NOT NULL,
    "article_id" UUID NOT NULL,
    "clicked" INTEGER NOT NULL,
    "deflected" INTEGER NOT NULL,

    CONSTRAINT "report_daily_articles_pkey" PRIMARY KEY ("day","article_id")
);

-- CreateTable
CREATE TABLE "report_daily_queries" (
    "day" DATE NOT NULL,
    "query" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL,

    CONSTRAINT "report_daily_queries_pkey" PRIMARY KEY ("day","query")
);

-- CreateTable
CREATE TABLE "report_rollup_state" (
    "source" TEXT NOT NULL,
    "seen_until" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_rollup_state_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "report_dirty_days" (
    "day" DATE NOT NULL,

    CONSTRAINT "report_dirty_days_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "report_ticket_facts_created_at_first_response_minutes_resol_idx" ON "report_ticket_facts"("created_at", "first_response_minutes", "resolution_minutes");

-- The days of the facts already counted are recounted into the daily rows by the next run of the
-- rollup job (UTC dates with a day either side: a superset of the local days of any zone). The
-- suggestion events have no watermark yet, so that run reads them all.
INSERT INTO "report_dirty_days" ("day")
SELECT DISTINCT (instant AT TIME ZONE 'UTC')::date + shift
FROM (SELECT "created_at" AS instant FROM "report_ticket_facts"
      UNION SELECT "solved_at" FROM "report_ticket_facts" WHERE "solved_at" IS NOT NULL) instants
CROSS JOIN (VALUES (-1), (0), (1)) shifts(shift)
ON CONFLICT DO NOTHING;
