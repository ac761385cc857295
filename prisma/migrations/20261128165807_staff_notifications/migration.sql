-- CreateTable
CREATE TABLE "staff_notifications" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "ticket_id" UUID NOT NULL,
    "actor_staff_id" UUID,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "staff_id" UUID NOT NULL,
    "email_assigned" BOOLEAN NOT NULL DEFAULT true,
    "email_customer_replied" BOOLEAN NOT NULL DEFAULT true,
    "email_unassigned_ticket" BOOLEAN NOT NULL DEFAULT false,
    "email_mentioned" BOOLEAN NOT NULL DEFAULT true,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("staff_id")
);

-- CreateIndex
CREATE INDEX "staff_notifications_recipient_id_created_at_id_idx" ON "staff_notifications"("recipient_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "staff_notifications_recipient_id_read_at_idx" ON "staff_notifications"("recipient_id", "read_at");

-- CreateIndex
CREATE INDEX "staff_notifications_ticket_id_idx" ON "staff_notifications"("ticket_id");

-- AddForeignKey
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_actor_staff_id_fkey" FOREIGN KEY ("actor_staff_id") REFERENCES "staff_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
