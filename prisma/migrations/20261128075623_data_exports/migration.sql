-- CreateEnum
CREATE TYPE "DataExportStatus" AS ENUM ('requested', 'ready', 'downloaded');

-- CreateTable
CREATE TABLE "data_exports" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "requested_by_staff_id" UUID,
    "status" "DataExportStatus" NOT NULL DEFAULT 'requested',
    "storage_key" TEXT,
    "token_hash" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "downloaded_at" TIMESTAMPTZ(3),

    CONSTRAINT "data_exports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "data_exports_storage_key_key" ON "data_exports"("storage_key");

-- CreateIndex
CREATE UNIQUE INDEX "data_exports_token_hash_key" ON "data_exports"("token_hash");

-- CreateIndex
CREATE INDEX "data_exports_customer_id_status_idx" ON "data_exports"("customer_id", "status");

-- Added by hand: one export being prepared per customer at a time, also under concurrent requests.
CREATE UNIQUE INDEX "data_exports_one_requested_per_customer" ON "data_exports"("customer_id") WHERE "status" = 'requested';
