// Finding: a blocked client's 9 MB uploads were read into memory before the 429. The quota check runs
// before the body is read: the answer comes while the client is still sending.
import http from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterAll, beforeAll, expect, it } from "vitest";
import { uploadQuota } from "../../src/modules/uploads/uploads.service.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
const server = http.createServer(testApp.app);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await testApp.close();
});
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));

/** Sends the headers of a 9 MB upload and only its first 64 KB; resolves with the status, if any comes. */
function startLargeUpload(path: string): Promise<number> {
  const boundary = "----quota-test";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: "127.0.0.1",
      port,
      path,
      method: "POST",
      headers: {
        "Content-Type": `multipart/form-data; boundary=${boundary}`,
        "Content-Length": String(9 * 1024 * 1024),
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    req.write(Buffer.concat([head, Buffer.alloc(64 * 1024, "a")]));
    // The rest of the body never comes: a server that waits for it never answers.
    setTimeout(() => {
      req.destroy();
      reject(new Error("no answer before the body was complete: the server waited for the upload"));
    }, 10_000).unref();
  });
}

it("a client over its upload quota gets 429 before its file is read", async () => {
  for (let index = 0; index < uploadQuota.files.perAccount.attempts; index++) {
    const staged = await request(server)
      .post("/api/v1/uploads")
      .attach("file", Buffer.from(`f${index}`), "f.txt");
    expect(staged.status).toBe(201);
  }
  expect(await startLargeUpload("/api/v1/uploads")).toBe(429);
}, 120_000);

it("an upload declaring more than the size limit gets 413 before its body is read", async () => {
  const { port } = server.address() as AddressInfo;
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request({
      host: "127.0.0.1",
      port,
      path: "/api/v1/uploads",
      method: "POST",
      headers: {
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(200 * 1024 * 1024),
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    req.write("--x\r\n");
  });
  expect(status).toBe(413);
});
