import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/db/prisma.ts";
import { createTestApp } from "./test-app.ts";

// Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
const unreachable = createDatabase("postgresql://nobody:nothing@127.0.0.1:9/none");
const { app, close } = await createTestApp({ db: unreachable });
afterAll(async () => {
  await close();
  await unreachable.$disconnect();
});

describe("readiness", () => {
  it("answers 503 in the problem format when the database does not answer", async () => {
    const response = await request(app).get("/api/v1/ready");
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      code: "service_unavailable",
      detail: "The database does not answer",
    });
  });

  it("stays live while the database is down", async () => {
    expect((await request(app).get("/api/v1/health")).status).toBe(200);
  });
});
