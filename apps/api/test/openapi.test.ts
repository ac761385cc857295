import { endpoints } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "./test-app.ts";

const { app, close } = await createTestApp();
afterAll(() => close());

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists every endpoint of the contracts", async () => {
    const response = await request(app).get("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    for (const endpoint of Object.values(endpoints)) {
      const path = `/api/v1${endpoint.path.replace(/:(\w+)/g, "{$1}")}`;
      expect(
        response.body.paths[path]?.[endpoint.method.toLowerCase()],
        `${endpoint.method} ${path}`,
      ).toBeDefined();
    }
  });

  it("documents errors as problem+json with the shared Problem schema", async () => {
    const response = await request(app).get("/api/v1/openapi.json");
    const ready = response.body.paths["/api/v1/ready"].get;
    expect(ready.responses["503"].content["application/problem+json"].schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
    expect(response.body.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(["type", "title", "status", "code"]),
    );
  });

  it("has a human-readable reference page", async () => {
    const response = await request(app).get("/api/docs/");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.text).toContain("swagger-ui");
  });
});
