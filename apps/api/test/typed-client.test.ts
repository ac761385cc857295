// The generated client (@helpdesk/client): its types are the OpenAPI document's, regenerated in
// memory and compared with the committed file, and the README's example runs against a real app.
import { readFile } from "node:fs/promises";
import { createHelpdeskClient } from "@helpdesk/client";
import { fileAndList } from "@helpdesk/client/examples/file-and-list";
import { generateSchemaSource, SCHEMA_FILE } from "@helpdesk/client/generator";
import { endpoints } from "@helpdesk/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../src/openapi/document.ts";
import { createApiTokenAs, signedInStaff } from "./http-callers.ts";
import { serve } from "./live-stream-client.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const server = await serve(testApp.app);
afterAll(async () => {
  await server.close();
  await testApp.close();
});

describe("the generated schema", () => {
  it("is what the current OpenAPI document generates (run `pnpm client:generate` when this fails)", async () => {
    const committed = await readFile(SCHEMA_FILE, "utf8");
    expect(await generateSchemaSource(buildOpenApiDocument())).toBe(committed);
  });

  it("differs when the document changes, so a stale file is caught", async () => {
    const { listTickets: _left, ...fewer } = endpoints;
    const stale = await generateSchemaSource(buildOpenApiDocument(fewer));
    expect(stale).not.toContain('operations["listTickets"]');
    expect(await readFile(SCHEMA_FILE, "utf8")).toContain('operations["listTickets"]');
  });
});

describe("the README's example with an API token", () => {
  let admin: string;
  beforeAll(async () => {
    admin = (await signedInStaff(testApp, "admin")).token;
  });

  it("files a ticket and finds it in the queue", async () => {
    const { secret } = await createApiTokenAs(testApp, admin, {
      name: "Voorbeeldscript",
      role: "agent",
      scopes: ["tickets:read", "tickets:write"],
    });
    const client = createHelpdeskClient({ baseUrl: server.url, token: secret });
    const { filed, queue } = await fileAndList(client);

    expect(filed).toMatchObject({ status: "new", category: "technical" });
    expect(queue.map((ticket) => ticket.id)).toContain(filed.id);
    const row = await testApp.db.ticket.findUniqueOrThrow({ where: { id: filed.id } });
    expect(row.subject).toBe("Website geeft een foutmelding");
  });

  it("reports the API's problem when the token may not write", async () => {
    const { secret } = await createApiTokenAs(testApp, admin, {
      name: "Alleen lezen",
      role: "agent",
      scopes: ["tickets:read"],
    });
    const client = createHelpdeskClient({ baseUrl: server.url, token: secret });
    await expect(fileAndList(client)).rejects.toThrow(/^filing failed: 403/);
  });

  it("answers a revoked or made-up token with 401 problem+json", async () => {
    const client = createHelpdeskClient({ baseUrl: server.url, token: "hdk_not-a-real-token" });
    const { data, error, response } = await client.GET("/api/v1/tickets");
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(error).toMatchObject({ status: 401 });
  });
});
