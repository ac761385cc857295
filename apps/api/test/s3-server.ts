// A real S3-compatible server in the test process (s3rver, files in a temporary folder): the product
// talks to it through the AWS SDK as it would to MinIO or AWS S3.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";

/** s3rver checks request signatures against this fixed key pair. */
const S3RVER_KEY = "S3RVER";

export async function startS3Server(bucket = "helpdesk-attachments") {
  const directory = await mkdtemp(path.join(tmpdir(), "helpdesk-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    /** The configuration an API process gets to store its attachments here. */
    env: {
      ATTACHMENT_STORAGE: "s3",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: S3RVER_KEY,
      S3_SECRET_ACCESS_KEY: S3RVER_KEY,
      S3_FORCE_PATH_STYLE: "true",
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
export type S3Server = Awaited<ReturnType<typeof startS3Server>>;
