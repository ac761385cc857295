// Staged uploads: a file is sent before the ticket or reply it belongs to exists (a guest has no
// ticket to attach to yet) and stands for a secret token until a ticket or reply claims it, in that
// write's own transaction. Typing, size limit and storage are the attachments' own.
import { STAGED_UPLOAD_TTL_HOURS, type StagedUpload } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { inspectUpload } from "../../lib/files/file-inspection.ts";
import { createRequestLimits, type RequestLimits } from "../../lib/security/request-limits.ts";
import { hashSecretToken, newSecretToken } from "../../lib/security/secret-token.ts";
import type { AttachmentStorage } from "../../lib/storage/attachment-storage.ts";
import type { Actor } from "../identity/actor.ts";
import * as repository from "./staged-uploads.repository.ts";

export type { StagedFile } from "./staged-uploads.repository.ts";

/**
 * One quota for every file sent over HTTP, staged (`POST /uploads`) or added to a ticket
 * (`POST /tickets/{id}/attachments`): files and bytes per hour before a caller is refused (429) for
 * the rest of the hour. Plenty for a few tickets' files (at most 10 each), too little to use us as
 * free file storage. Counted per account and per client address: a guest's account is their client
 * address; customers also count on their address (many accounts from one address share its larger
 * budget); staff count per account only, so a support team behind one office address shares none.
 * What a customer keeps in total is limited on top of this (`CUSTOMER_STORAGE_BYTES`).
 */
export const uploadQuota = {
  files: {
    perAccount: { attempts: 50, windowSeconds: 3600, blockSeconds: 3600 },
    perClient: { attempts: 100, windowSeconds: 3600, blockSeconds: 3600 },
  },
  bytes: {
    perAccount: { attempts: 50 * 1024 * 1024, windowSeconds: 3600, blockSeconds: 3600 },
    perClient: { attempts: 100 * 1024 * 1024, windowSeconds: 3600, blockSeconds: 3600 },
  },
} satisfies Record<string, RequestLimits>;

const TTL_MS = STAGED_UPLOAD_TTL_HOURS * 3600 * 1000;

/** The keys an upload counts on: the account (a guest's client address) and the client address. */
function quotaKeys(actor: Actor, clientIp: string) {
  if (actor.kind === "guest") return { account: `client:${clientIp}`, client: clientIp };
  if (actor.kind === "staff") return { account: `staff:${actor.id}`, client: undefined };
  return { account: `${actor.kind}:${actor.id}`, client: clientIp };
}

export function createUploadsService({ db, storage }: { db: Database; storage: AttachmentStorage }) {
  const refusal = "Upload quota used up. Try again later.";
  const files = createRequestLimits(db, "upload", uploadQuota.files, refusal);
  const bytes = createRequestLimits(db, "upload-bytes", uploadQuota.bytes, refusal);

  return {
    /**
     * Before the file is read (`beforeUpload` of every upload route): refuses a caller who used up
     * a part of the quota, and counts the file (counted first, so parallel uploads cannot overrun).
     */
    async admitUpload(actor: Actor, clientIp: string): Promise<void> {
      const { account, client } = quotaKeys(actor, clientIp);
      await bytes.assertNotBlocked(account, client);
      await files.take(account, client);
    },

    /** After the file is read: counts its bytes, refusing (429) the file that goes over. */
    async chargeUpload(actor: Actor, clientIp: string, size: number): Promise<void> {
      const { account, client } = quotaKeys(actor, clientIp);
      await bytes.take(account, client, size);
    },

    /** A file admitted and charged by the upload route, staged for a ticket or reply to claim. */
    async stage(upload: { originalName: string; bytes: Buffer }): Promise<StagedUpload> {
      const { bytes, ...file } = await inspectUpload(upload.originalName, upload.bytes);
      const storageKey = await storage.put(bytes);
      const { token, hash } = newSecretToken();
      const expiresAt = new Date(Date.now() + TTL_MS);
      try {
        await repository.insertStagedUpload(db, { ...file, tokenHash: hash, storageKey, expiresAt });
      } catch (error) {
        await storage.delete(storageKey);
        throw error;
      }
      return {
        token,
        name: file.fileName,
        size: file.size,
        contentType: file.contentType,
        expiresAt: expiresAt.toISOString(),
      };
    },

    /**
     * Takes the files of these tokens for the caller's write, in token order. Any token that is
     * unknown, expired or used already fails the whole write (422, naming `body.attachments.<i>`),
     * and the transaction's rollback leaves every upload as it was.
     */
    async claim(
      tx: Prisma.TransactionClient,
      tokens: string[] | undefined,
    ): Promise<repository.StagedFile[]> {
      if (!tokens || tokens.length === 0) return [];
      const hashes = tokens.map(hashSecretToken);
      const taken = new Map(
        (await repository.takeUsableUploads(tx, hashes)).map((file) => [file.tokenHash, file]),
      );
      const files = hashes.flatMap((hash) => taken.get(hash) ?? []);
      if (files.length === hashes.length) return files;
      throw new AppError(
        "unprocessable_content",
        "An attached file is no longer available: upload it again",
        {
          errors: hashes.flatMap((hash, index) =>
            taken.has(hash)
              ? []
              : [
                  {
                    path: `body.attachments.${index}`,
                    message: "Unknown, expired or already used upload token",
                    code: "upload_unavailable",
                  },
                ],
          ),
        },
      );
    },

    /**
     * Deletes expired uploads, files first: should deleting a row fail after its file went, the row
     * stays expired and the next sweep removes it (deleting a missing file is no error).
     */
    async deleteExpired(batchSize = 100): Promise<number> {
      let total = 0;
      for (;;) {
        const deleted = await db.$transaction(async (tx) => {
          const expired = await repository.lockExpiredUploads(tx, batchSize);
          for (const upload of expired) await storage.delete(upload.storageKey);
          await repository.deleteUploads(
            tx,
            expired.map((upload) => upload.id),
          );
          return expired.length;
        });
        total += deleted;
        if (deleted < batchSize) return total;
      }
    },
  };
}
export type UploadsService = ReturnType<typeof createUploadsService>;
