-- CreateEnum
CREATE TYPE "TargetClock" AS ENUM ('business', 'calendar');

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "first_responded_at" TIMESTAMPTZ(3),
ADD COLUMN     "first_response_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "next_response_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "resolution_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_breached" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sla_escalate_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_level" "ServiceLevel",
ADD COLUMN     "sla_next_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_paused_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_paused_minutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sla_targets" JSONB,
ADD COLUMN     "sla_warn_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_warnings" JSONB;

-- CreateTable
CREATE TABLE "service_level_policies" (
    "level" "ServiceLevel" NOT NULL,
    "priority" "TicketPriority" NOT NULL,
    "first_response_minutes" INTEGER NOT NULL,
    "next_response_minutes" INTEGER NOT NULL,
    "resolution_minutes" INTEGER NOT NULL,
    "clock" "TargetClock" NOT NULL DEFAULT 'business',
    "guaranteed" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_level_policies_pkey" PRIMARY KEY ("level","priority")
);

-- CreateTable
CREATE TABLE "service_calendars" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "weekly_hours" JSONB NOT NULL,
    "dutch_holidays" BOOLEAN NOT NULL DEFAULT true,
    "closing_days" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_calendars_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tickets_sla_next_due_at_id_idx" ON "tickets"("sla_next_due_at", "id");

-- CreateIndex
CREATE INDEX "tickets_sla_warn_at_idx" ON "tickets"("sla_warn_at");

-- CreateIndex
CREATE INDEX "tickets_sla_escalate_at_idx" ON "tickets"("sla_escalate_at");

-- The promises of the provider's FAQ ("Wat zijn jullie Service Levels?"), in minutes: Best Effort
-- within 1 working day and not guaranteed; Standard and Premium faster and guaranteed; Premium's
-- urgent tickets around the clock. Product configuration, so every installation starts with it;
-- admins edit it (README, "Service levels").
INSERT INTO "service_level_policies"
  ("level", "priority", "first_response_minutes", "next_response_minutes", "resolution_minutes", "clock", "guaranteed", "updated_at")
VALUES
  ('best_effort', 'low',    480, 480, 2400, 'business', false, now()),
  ('best_effort', 'normal', 480, 480, 2400, 'business', false, now()),
  ('best_effort', 'high',   480, 480, 2400, 'business', false, now()),
  ('best_effort', 'urgent', 480, 480, 2400, 'business', false, now()),
  ('standard',    'low',    480, 480, 2400, 'business', true,  now()),
  ('standard',    'normal', 240, 480, 1440, 'business', true,  now()),
  ('standard',    'high',   120, 240,  960, 'business', true,  now()),
  ('standard',    'urgent',  60, 120,  480, 'business', true,  now()),
  ('premium',     'low',    240, 480, 1440, 'business', true,  now()),
  ('premium',     'normal', 120, 240,  960, 'business', true,  now()),
  ('premium',     'high',    60, 120,  480, 'business', true,  now()),
  ('premium',     'urgent',  30,  60,  240, 'calendar', true,  now());

-- Mon-Fri 09:00-17:00 in Europe/Amsterdam, with the Dutch public holidays.
INSERT INTO "service_calendars" ("id", "time_zone", "weekly_hours", "dutch_holidays", "closing_days", "updated_at")
VALUES (1, 'Europe/Amsterdam',
  '[[{"from":"09:00","to":"17:00"}],[{"from":"09:00","to":"17:00"}],[{"from":"09:00","to":"17:00"}],[{"from":"09:00","to":"17:00"}],[{"from":"09:00","to":"17:00"}],[],[]]',
  true, ARRAY[]::TEXT[], now());
