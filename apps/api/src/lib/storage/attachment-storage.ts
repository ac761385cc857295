import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where attachment bytes (and data export archives) live: a local folder by default, or an
 * S3-compatible object store that every API process reaches (s3-attachment-storage.ts).
 */
export interface AttachmentStorage {
  /** Stores the bytes under a new, unguessable key and returns it. */
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  /** Removes the bytes; a key whose file is gone already is not an error (deleting twice is safe). */
  delete(key: string): Promise<void>;
}

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** A new key: a random UUID under a two-character prefix (no folder or key range grows too big). */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

/** Keys come from our own database, but a path or object outside our own must never be reachable. */
export function checkedStorageKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error(`not a storage key: ${key}`);
  return key;
}

export function createLocalFolderStorage(root: string): AttachmentStorage {
  const fileOf = (key: string) => path.join(root, checkedStorageKey(key));
  return {
    async put(bytes) {
      const key = newStorageKey();
      await mkdir(path.dirname(fileOf(key)), { recursive: true });
      await writeFile(fileOf(key), bytes, { flag: "wx" });
      return key;
    },
    get: (key) => readFile(fileOf(key)),
    delete: (key) => rm(fileOf(key), { force: true }),
  };
}
