import { type EndpointDescriptor, endpoints } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../src/openapi/document.ts";
import { lintOpenApi } from "./openapi-lint.ts";
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

interface MediaType {
  example?: unknown;
}
interface Operation {
  operationId?: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
const openApiPath = (endpoint: EndpointDescriptor) => `/api/v1${endpoint.path.replace(/:(\w+)/g, "{$1}")}`;

describe("OpenAPI document for integrators", () => {
  const document = buildOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, Operation>>;
    servers?: unknown[];
    info: { license?: unknown };
  };
  const operationOf = (endpoint: EndpointDescriptor) =>
    document.paths[openApiPath(endpoint)]?.[endpoint.method.toLowerCase()] as Operation;

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    expect(await lintOpenApi(document)).toEqual([]);
  });

  it("the lint catches what it should: an operation without operationId, no servers", async () => {
    const broken = structuredClone(document);
    delete broken.servers;
    const firstPath = Object.values(broken.paths)[0] ?? {};
    for (const operation of Object.values(firstPath)) delete operation.operationId;
    const rules = (await lintOpenApi(broken)).map((problem) => problem.ruleId);
    expect(rules).toContain("operation-operationId");
    expect(rules).toContain("no-empty-servers");
  });

  it("names each operation after its endpoint in the contracts (the generated client's method names)", () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      expect(operationOf(endpoint).operationId, name).toBe(name);
    }
  });

  it("has an example for every JSON request and response, and each parses with the contract's schema", () => {
    for (const [name, endpoint] of Object.entries(endpoints) as [string, EndpointDescriptor][]) {
      const operation = operationOf(endpoint);
      if (endpoint.body) {
        const example = operation.requestBody?.content["application/json"]?.example;
        expect(example, `${name} request`).toBeDefined();
        const parsed = endpoint.body.safeParse(example);
        expect(parsed.success, `${name} request: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
      for (const [status, schema] of Object.entries(endpoint.responses)) {
        if (!schema || (endpoint.download && Number(status) < 400)) continue;
        const content = operation.responses[status]?.content ?? {};
        const example = Object.values(content)[0]?.example;
        expect(example, `${name} ${status}`).toBeDefined();
        const parsed = schema.safeParse(example);
        expect(parsed.success, `${name} ${status}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
  });
});
