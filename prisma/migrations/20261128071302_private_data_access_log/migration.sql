-- CreateTable
CREATE TABLE "private_data_access_log" (
    "id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "fields" TEXT[],
    "source" TEXT NOT NULL,
    "screen" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "private_data_access_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "private_data_access_log_customer_id_created_at_idx" ON "private_data_access_log"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "private_data_access_log_staff_id_created_at_idx" ON "private_data_access_log"("staff_id", "created_at");

-- The access log is evidence: nothing rewrites or removes it (retention pruning, when it comes, is
-- its own explicit path).
CREATE FUNCTION "private_data_access_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'private_data_access_log rows cannot be changed or deleted';
END;
$$;
CREATE TRIGGER "private_data_access_log_no_update" BEFORE UPDATE OR DELETE ON "private_data_access_log"
  FOR EACH ROW EXECUTE FUNCTION "private_data_access_log_is_append_only"();
CREATE TRIGGER "private_data_access_log_no_truncate" BEFORE TRUNCATE ON "private_data_access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "private_data_access_log_is_append_only"();
