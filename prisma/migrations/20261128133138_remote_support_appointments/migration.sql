-- CreateTable
CREATE TABLE "appointment_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "slot_minutes" INTEGER NOT NULL DEFAULT 30,
    "capacity" INTEGER NOT NULL DEFAULT 2,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointment_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointments" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" INTEGER NOT NULL,
    "phone" TEXT NOT NULL,
    "reminded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appointments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "appointments_ticket_id_key" ON "appointments"("ticket_id");

-- CreateIndex
CREATE UNIQUE INDEX "appointments_starts_at_place_key" ON "appointments"("starts_at", "place");

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
