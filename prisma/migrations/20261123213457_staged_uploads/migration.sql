-- CreateTable
CREATE TABLE "staged_uploads" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staged_uploads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staged_uploads_token_hash_key" ON "staged_uploads"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "staged_uploads_storage_key_key" ON "staged_uploads"("storage_key");

-- CreateIndex
CREATE INDEX "staged_uploads_expires_at_idx" ON "staged_uploads"("expires_at");
