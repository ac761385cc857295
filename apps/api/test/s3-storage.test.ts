// Attachments in an S3-compatible object store, chosen by configuration, against a real local S3
// server: what one storage object puts, another one (another process's) gets and deletes.
import { afterAll, describe, expect, it } from "vitest";
import { loadEnv } from "../src/config/env.ts";
import { createAttachmentStorage } from "../src/lib/storage/storage-from-env.ts";
import { startS3Server } from "./s3-server.ts";

const s3 = await startS3Server();
afterAll(() => s3.close());

const configured = (more: Record<string, string> = {}) =>
  loadEnv({
    NODE_ENV: "test",
    DATABASE_URL: "postgresql://x@localhost/x",
    SMTP_URL: "smtp://localhost",
    ...more,
  });
const storageOf = () => createAttachmentStorage(configured(s3.env));

describe("attachment storage in an S3-compatible store", () => {
  it("bytes put through one node's storage are read, then deleted, through another's", async () => {
    const bytes = Buffer.from([0, 1, 2, 255, ...Buffer.from("bijlage")]);
    const key = await storageOf().put(bytes);
    expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    const other = storageOf();
    expect(await other.get(key)).toEqual(bytes);
    await other.delete(key);
    await expect(storageOf().get(key)).rejects.toThrow();
    // Deleting twice is safe, as with the local folder.
    await expect(other.delete(key)).resolves.toBeUndefined();
  });

  it("every put gets a key of its own", async () => {
    const storage = storageOf();
    const keys = await Promise.all(Array.from({ length: 5 }, () => storage.put(Buffer.from("zelfde"))));
    expect(new Set(keys).size).toBe(5);
  });

  it("never reaches an object outside its own keys", async () => {
    await expect(storageOf().get("../other-bucket/secret")).rejects.toThrow(/not a storage key/);
    await expect(storageOf().delete("aa/../../x")).rejects.toThrow(/not a storage key/);
  });
});

describe("the storage configuration", () => {
  it("is a local folder unless told otherwise", () => {
    expect(configured().ATTACHMENT_STORAGE).toBe("local");
  });

  it("refuses s3 without a bucket, and half a key pair, naming the variable", () => {
    expect(() => configured({ ATTACHMENT_STORAGE: "s3" })).toThrow(
      /S3_BUCKET is required when ATTACHMENT_STORAGE=s3/,
    );
    expect(() => configured({ ATTACHMENT_STORAGE: "s3", S3_BUCKET: "b-1", S3_ACCESS_KEY_ID: "k" })).toThrow(
      /S3_SECRET_ACCESS_KEY must be set together/,
    );
  });
});
