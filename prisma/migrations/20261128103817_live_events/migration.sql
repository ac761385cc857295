-- CreateTable
CREATE TABLE "live_events" (
    "id" BIGSERIAL NOT NULL,
    "ticket_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "customer_visible" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_stream_tickets" (
    "token_hash" TEXT NOT NULL,
    "session_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "live_stream_tickets_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "ticket_presence" (
    "ticket_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "typing_until" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ticket_presence_pkey" PRIMARY KEY ("ticket_id","staff_id")
);

-- CreateIndex
CREATE INDEX "live_events_ticket_id_idx" ON "live_events"("ticket_id");

-- CreateIndex
CREATE INDEX "live_stream_tickets_session_id_idx" ON "live_stream_tickets"("session_id");

-- CreateIndex
CREATE INDEX "ticket_presence_expires_at_idx" ON "ticket_presence"("expires_at");

-- AddForeignKey
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_stream_tickets" ADD CONSTRAINT "live_stream_tickets_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_presence" ADD CONSTRAINT "ticket_presence_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_presence" ADD CONSTRAINT "ticket_presence_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A live stream closes the moment its session ends, however it ends (sign-out, a stolen refresh
-- token, a password reset, erasure): every API process hears it on this channel.
CREATE FUNCTION "notify_session_ended"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('session_ended', OLD.id::text);
    RETURN OLD;
  END IF;
  IF OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL THEN
    PERFORM pg_notify('session_ended', NEW.id::text);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "auth_sessions_ended"
  AFTER UPDATE OF "revoked_at" OR DELETE ON "auth_sessions"
  FOR EACH ROW EXECUTE FUNCTION "notify_session_ended"();
