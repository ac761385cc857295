// The only code that reads and writes staged uploads (files waiting for their ticket or reply).
import type { Database } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

type Db = Database | Prisma.TransactionClient;

export interface StagedFile {
  tokenHash: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

export async function insertStagedUpload(db: Db, file: StagedFile & { expiresAt: Date }): Promise<void> {
  await db.stagedUpload.create({ data: file, select: { id: true } });
}

/**
 * Takes the unexpired uploads with these token hashes out of the table and returns them. One DELETE
 * claims them: of two transactions sending the same token, the second finds it gone (it waits for
 * the first to commit), and a rolled-back transaction puts it back.
 */
export async function takeUsableUploads(tx: Prisma.TransactionClient, tokenHashes: string[]) {
  return tx.$queryRaw<StagedFile[]>`
    DELETE FROM "staged_uploads"
    WHERE "token_hash" = ANY(${tokenHashes}::text[]) AND "expires_at" > now()
    RETURNING "token_hash" AS "tokenHash", "file_name" AS "fileName", "content_type" AS "contentType",
              "size", "sha256", "storage_key" AS "storageKey"`;
}

/**
 * Locks up to `limit` expired uploads for the caller's transaction (skipping any a ticket is taking
 * right now) and returns their ids and storage keys.
 */
export async function lockExpiredUploads(tx: Prisma.TransactionClient, limit: number) {
  return tx.$queryRaw<{ id: string; storageKey: string }[]>`
    SELECT "id", "storage_key" AS "storageKey" FROM "staged_uploads"
    WHERE "expires_at" <= now()
    ORDER BY "expires_at"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
}

export async function deleteUploads(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  await tx.stagedUpload.deleteMany({ where: { id: { in: ids } } });
}
