import path from "node:path";
import type { Env } from "../../config/env.ts";
import { type AttachmentStorage, createLocalFolderStorage } from "./attachment-storage.ts";
import { createS3Storage } from "./s3-attachment-storage.ts";

type StorageEnv = Pick<
  Env,
  | "ATTACHMENT_STORAGE"
  | "ATTACHMENTS_DIR"
  | "S3_ENDPOINT"
  | "S3_BUCKET"
  | "S3_REGION"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
>;

/** The attachment storage the configuration chooses (env.ts has checked that s3 has a bucket). */
export function createAttachmentStorage(env: StorageEnv): AttachmentStorage {
  if (env.ATTACHMENT_STORAGE === "local") return createLocalFolderStorage(path.resolve(env.ATTACHMENTS_DIR));
  if (!env.S3_BUCKET) throw new Error("ATTACHMENT_STORAGE=s3 needs S3_BUCKET");
  return createS3Storage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}
