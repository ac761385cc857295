// Attachment bytes in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, ...), so that every
// API process, on whichever machine, reads what another one stored.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { type AttachmentStorage, checkedStorageKey, newStorageKey } from "./attachment-storage.ts";

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Unset: AWS S3 itself. */
  endpoint?: string | undefined;
  forcePathStyle: boolean;
  /** Unset: the SDK's default credential chain (instance role, AWS_* variables, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
}

export function createS3Storage(options: S3StorageOptions): AttachmentStorage {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // Checksums only where an operation requires them: the SDK's default (a CRC trailer on every
    // upload) is not understood by every S3-compatible store.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = options.bucket;
  return {
    async put(bytes) {
      const key = newStorageKey();
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentLength: bytes.length }));
      return key;
    },
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: checkedStorageKey(key) }));
      if (!object.Body) throw new Error(`object ${key} has no body`);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async delete(key) {
      // S3 answers a delete of a missing object with success too: deleting twice is safe.
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkedStorageKey(key) }));
    },
  };
}
