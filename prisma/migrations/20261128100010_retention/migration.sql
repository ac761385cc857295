-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "anonymised_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "retention_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "closed_ticket_months" INTEGER DEFAULT 24,
    "private_data_log_months" INTEGER DEFAULT 24,
    "suggestion_event_months" INTEGER DEFAULT 12,
    "scheduled" BOOLEAN NOT NULL DEFAULT false,
    "updated_by_staff_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retention_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retention_runs" (
    "id" UUID NOT NULL,
    "dry_run" BOOLEAN NOT NULL,
    "started_by_staff_id" UUID,
    "periods" JSONB NOT NULL,
    "counts" JSONB NOT NULL DEFAULT '{}',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "retention_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "retention_runs_started_at_idx" ON "retention_runs"("started_at");

-- CreateIndex
CREATE INDEX "tickets_status_updated_at_id_idx" ON "tickets"("status", "updated_at", "id");

-- One row of settings, there from the start (the defaults), periods between 1 month and 10 years.
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_one_row" CHECK ("id" = 1);
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_periods" CHECK (
  "closed_ticket_months" BETWEEN 1 AND 120
  AND "private_data_log_months" BETWEEN 1 AND 120
  AND "suggestion_event_months" BETWEEN 1 AND 120);
INSERT INTO "retention_settings" ("id") VALUES (1);

-- One real run at a time, across API processes: a second one cannot start while one is unfinished.
CREATE UNIQUE INDEX "retention_runs_one_unfinished" ON "retention_runs" ((true))
  WHERE "finished_at" IS NULL AND NOT "dry_run";

-- The access log stays append-only, with one exception: retention deletes rows past their period,
-- only inside a transaction that says so with `SET LOCAL helpdesk.pruning = 'on'`. Updates and
-- TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION "private_data_access_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('helpdesk.pruning', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'private_data_access_log rows cannot be changed or deleted';
END;
$$;
