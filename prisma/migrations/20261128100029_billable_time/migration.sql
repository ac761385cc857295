-- CreateEnum
CREATE TYPE "BillingConsentKind" AS ENUM ('customer_consent', 'agreed_otherwise');

-- CreateEnum
CREATE TYPE "BillingConsentStatus" AS ENUM ('pending', 'accepted', 'declined');

-- CreateTable
CREATE TABLE "billing_rates" (
    "id" UUID NOT NULL,
    "cents_per_block" INTEGER NOT NULL,
    "vat_percent" INTEGER NOT NULL,
    "set_by_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_rates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_consents" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "kind" "BillingConsentKind" NOT NULL DEFAULT 'customer_consent',
    "description" TEXT NOT NULL,
    "cents_per_block" INTEGER NOT NULL,
    "vat_percent" INTEGER NOT NULL,
    "cap_blocks" INTEGER,
    "status" "BillingConsentStatus" NOT NULL DEFAULT 'pending',
    "requested_by_staff_id" UUID NOT NULL,
    "token_hash" TEXT,
    "token_expires_at" TIMESTAMPTZ(3),
    "answered_via" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "time_entries" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "work_date" DATE NOT NULL,
    "billing_month" VARCHAR(7) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "billable" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "consent_id" UUID,
    "invoiced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "time_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_invoiced_months" (
    "month" VARCHAR(7) NOT NULL,
    "invoiced_by_staff_id" UUID NOT NULL,
    "invoiced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_invoiced_months_pkey" PRIMARY KEY ("month")
);

-- CreateIndex
CREATE INDEX "billing_rates_created_at_idx" ON "billing_rates"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "billing_consents_token_hash_key" ON "billing_consents"("token_hash");

-- CreateIndex
CREATE INDEX "billing_consents_ticket_id_created_at_idx" ON "billing_consents"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "time_entries_ticket_id_work_date_idx" ON "time_entries"("ticket_id", "work_date");

-- CreateIndex
CREATE INDEX "time_entries_billing_month_billable_idx" ON "time_entries"("billing_month", "billable");

-- CreateIndex
CREATE INDEX "time_entries_consent_id_idx" ON "time_entries"("consent_id");

-- AddForeignKey
ALTER TABLE "billing_consents" ADD CONSTRAINT "billing_consents_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_consents" ADD CONSTRAINT "billing_consents_requested_by_staff_id_fkey" FOREIGN KEY ("requested_by_staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_consent_id_fkey" FOREIGN KEY ("consent_id") REFERENCES "billing_consents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the rules the database holds too, so no code path can store nonsense.
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_minutes_range" CHECK ("minutes" BETWEEN 1 AND 1440);
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_billing_month_of_date" CHECK ("billing_month" = to_char("work_date", 'YYYY-MM'));
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_billable_has_consent" CHECK (NOT "billable" OR "consent_id" IS NOT NULL);
ALTER TABLE "billing_rates" ADD CONSTRAINT "billing_rates_positive" CHECK ("cents_per_block" > 0 AND "vat_percent" BETWEEN 0 AND 100);
ALTER TABLE "billing_consents" ADD CONSTRAINT "billing_consents_cap_positive" CHECK ("cap_blocks" IS NULL OR "cap_blocks" > 0);
