-- AlterTable
ALTER TABLE "ticket_messages" ADD COLUMN     "email_message_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ticket_messages_author_customer_id_email_message_id_key" ON "ticket_messages"("author_customer_id", "email_message_id");
