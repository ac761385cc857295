import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where attachment bytes live. A local folder by default; an object store can implement the same. */
export interface AttachmentStorage {
  /** Stores the bytes under a new, unguessable key and returns it. */
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  /** Removes the bytes; a key whose file is gone already is not an error (deleting twice is safe). */
  delete(key: string): Promise<void>;
}

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export function createLocalFolderStorage(root: string): AttachmentStorage {
  const fileOf = (key: string) => {
    // Keys come from our own database, but a path outside the folder must never be readable.
    if (!keyPattern.test(key)) throw new Error(`not a storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(bytes) {
      const id = randomUUID();
      const key = `${id.slice(0, 2)}/${id}`;
      await mkdir(path.join(root, id.slice(0, 2)), { recursive: true });
      await writeFile(fileOf(key), bytes, { flag: "wx" });
      return key;
    },
    get: (key) => readFile(fileOf(key)),
    delete: (key) => rm(fileOf(key), { force: true }),
  };
}
