// Finding: multipart file names were decoded as latin1, so `ünïcödé 文件.txt` was stored as mojibake.
import request from "supertest";
import { afterAll, expect, it } from "vitest";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

it("a file named ünïcödé 文件.txt keeps its name", async () => {
  const response = await request(testApp.app)
    .post("/api/v1/uploads")
    .attach("file", Buffer.from("hello"), "ünïcödé 文件.txt");
  expect(response.status).toBe(201);
  expect(response.body.name).toBe("ünïcödé 文件.txt");
});
