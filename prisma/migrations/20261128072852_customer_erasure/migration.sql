-- CreateTable
CREATE TABLE "customer_erasures" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "erased_by_staff_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_erasures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "customer_erasures_customer_id_key" ON "customer_erasures"("customer_id");

-- The audit trail stays append-only, with one exception: erasing a customer (right to be forgotten)
-- may rewrite what an event says about them, and only inside a transaction that says so with
-- `SET LOCAL helpdesk.erasing = 'on'`.
CREATE OR REPLACE FUNCTION "ticket_events_are_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('helpdesk.erasing', true) = 'on' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'ticket_events rows are immutable';
END;
$$;
