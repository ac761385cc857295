import { Writable } from "node:stream";
import { defineEndpoint, problemSchema } from "@helpdesk/contracts";
import { pino } from "pino";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { JSON_BODY_LIMIT } from "../src/app.ts";
import { route } from "../src/http/endpoint.ts";
import { createTestApp } from "./test-app.ts";

// Endpoints that exist only in this test, to exercise the HTTP layer every real endpoint uses.
const echo = defineEndpoint({
  method: "POST",
  path: "/test/echo/:id",
  summary: "echo",
  tag: "Test",
  params: z.object({ id: z.coerce.number().int().positive() }),
  query: z.object({ shout: z.enum(["yes", "no"]).default("no") }),
  body: z.object({ name: z.string().min(1), age: z.number().int().min(0) }),
  responses: { 201: z.object({ id: z.number(), greeting: z.string() }) },
});
const leaky = defineEndpoint({
  method: "GET",
  path: "/test/leaky",
  summary: "returns more than its contract",
  tag: "Test",
  responses: { 200: z.object({ name: z.string() }) },
});
const broken = defineEndpoint({
  method: "GET",
  path: "/test/broken",
  summary: "fails unexpectedly",
  tag: "Test",
  responses: { 200: z.object({}) },
});

const logLines: string[] = [];
const logger = pino(
  { level: "info" },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

const { app, close } = await createTestApp({
  logger,
  extraRoutes: [
    route(echo, async ({ params, query, body }) => ({
      status: 201,
      body: {
        id: params.id,
        greeting: query.shout === "yes" ? `HI ${body.name.toUpperCase()}` : `hi ${body.name}`,
      },
    })),
    route(leaky, async () => ({
      status: 200,
      body: { name: "Team Support", agentName: "Alice" } as { name: string },
    })),
    route(broken, async () => {
      throw new Error("database password is hunter2");
    }),
  ],
});
afterAll(() => close());

function expectProblem(response: request.Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(response.body);
  expect(problem.code).toBe(code);
  expect(problem.requestId).toBe(response.headers["x-request-id"]);
  return problem;
}

describe("HTTP conventions", () => {
  it("answers health with status ok and a request id", async () => {
    const response = await request(app).get("/api/v1/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a caller's well-formed request id and replaces a malformed one", async () => {
    const kept = await request(app).get("/api/v1/health").set("X-Request-Id", "trace-12345678");
    expect(kept.headers["x-request-id"]).toBe("trace-12345678");
    const replaced = await request(app).get("/api/v1/health").set("X-Request-Id", "bad id with spaces");
    expect(replaced.headers["x-request-id"]).not.toContain("bad");
  });

  it("says how long the server took, in Server-Timing, on answers and on problems alike", async () => {
    for (const response of [
      await request(app).get("/api/v1/ready"),
      await request(app).get("/api/v1/nope"),
    ]) {
      const took = /^app;dur=(\d+\.\d{2})$/.exec(response.headers["server-timing"] ?? "");
      expect(Number(took?.[1])).toBeGreaterThan(0);
    }
  });

  it("reports ready when the database answers", async () => {
    const response = await request(app).get("/api/v1/ready");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok", database: "ok" });
  });

  it("answers unknown routes with a 404 problem", async () => {
    const problem = expectProblem(await request(app).get("/api/v1/nope"), 404, "route_not_found");
    expect(problem.detail).toBe("GET /api/v1/nope does not exist");
  });

  it("answers a known path with the wrong method with 405 and Allow", async () => {
    const response = await request(app).delete("/api/v1/health");
    expectProblem(response, 405, "method_not_allowed");
    expect(response.headers.allow).toBe("GET, HEAD");
  });

  it("validates params, query and body and names every failing field", async () => {
    const response = await request(app)
      .post("/api/v1/test/echo/abc?shout=maybe")
      .send({ name: "", age: "x" });
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problem.errors?.map((error) => error.path)).toEqual(["params.id"]);
    const bodyResponse = await request(app)
      .post("/api/v1/test/echo/7?shout=maybe")
      .send({ name: "", age: "x" });
    expect(expectProblem(bodyResponse, 400, "validation_failed").errors?.map((e) => e.path)).toEqual([
      "query.shout",
    ]);
    const third = await request(app).post("/api/v1/test/echo/7").send({ name: "", age: "x" });
    expect(expectProblem(third, 400, "validation_failed").errors?.map((e) => e.path)).toEqual([
      "body.name",
      "body.age",
    ]);
  });

  it("passes parsed, typed input to the handler", async () => {
    const response = await request(app).post("/api/v1/test/echo/7?shout=yes").send({ name: "Anna", age: 30 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: 7, greeting: "HI ANNA" });
  });

  it("refuses malformed JSON with 400, not 500", async () => {
    const response = await request(app)
      .post("/api/v1/test/echo/7")
      .set("Content-Type", "application/json")
      .send('{"name": "Anna",');
    expectProblem(response, 400, "malformed_json");
  });

  it("refuses a body that is not JSON with 415", async () => {
    const response = await request(app)
      .post("/api/v1/test/echo/7")
      .set("Content-Type", "text/plain")
      .send("hi");
    expectProblem(response, 415, "unsupported_media_type");
  });

  it(`refuses a body over ${JSON_BODY_LIMIT} with 413`, async () => {
    const response = await request(app)
      .post("/api/v1/test/echo/7")
      .send({ name: "x".repeat(300 * 1024), age: 1 });
    expectProblem(response, 413, "payload_too_large");
  });

  it("strips fields a response's contract does not name", async () => {
    const response = await request(app).get("/api/v1/test/leaky");
    expect(response.body).toEqual({ name: "Team Support" });
  });

  it("answers an unexpected error with a bare 500 and logs it with the request id", async () => {
    const response = await request(app).get("/api/v1/test/broken");
    const problem = expectProblem(response, 500, "internal_error");
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    const logged = logLines.map((line) => JSON.parse(line)).find((line) => line.msg === "unhandled error");
    expect(logged?.requestId).toBe(problem.requestId);
    expect(logged?.err?.message).toContain("hunter2");
  });

  it("logs each answered request in one line with its id, status and time, and no headers", async () => {
    const response = await request(app)
      .post("/api/v1/test/echo/7")
      .set("X-Private-Note", "secret-header-value")
      .send({ name: "Ann", age: 3 })
      .expect(201);
    const requestId = response.headers["x-request-id"];
    await expect
      .poll(() => logLines.map((line) => JSON.parse(line)).find((line) => line.reqId === requestId))
      .toMatchObject({
        msg: "request completed",
        req: { method: "POST", url: "/api/v1/test/echo/7" },
        res: { statusCode: 201 },
        responseTime: expect.any(Number),
      });
    expect(logLines.join("\n")).not.toContain("secret-header-value");
  });

  it("sends security headers", async () => {
    const response = await request(app).get("/api/v1/health");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toBeDefined();
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });

  it("lets only the web app's origin through CORS", async () => {
    const allowed = await request(app).get("/api/v1/health").set("Origin", "http://localhost:5173");
    expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    expect(allowed.headers["access-control-allow-credentials"]).toBe("true");
    const other = await request(app).get("/api/v1/health").set("Origin", "https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
