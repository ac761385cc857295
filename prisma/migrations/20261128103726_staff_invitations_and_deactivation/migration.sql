-- AlterEnum
ALTER TYPE "OneTimeTokenPurpose" ADD VALUE 'staff_invitation';

-- AlterTable
ALTER TABLE "staff_members" ADD COLUMN     "deactivated_at" TIMESTAMPTZ(3),
ADD COLUMN     "invited_at" TIMESTAMPTZ(3),
ALTER COLUMN "password_hash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "staff_events" (
    "id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "actor_staff_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staff_events_staff_id_created_at_idx" ON "staff_events"("staff_id", "created_at");

-- AddForeignKey
ALTER TABLE "staff_events" ADD CONSTRAINT "staff_events_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_events" ADD CONSTRAINT "staff_events_actor_staff_id_fkey" FOREIGN KEY ("actor_staff_id") REFERENCES "staff_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
