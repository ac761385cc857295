import { defineEndpoint, getHealth, logout, problemSchema } from "@helpdesk/contracts";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, createApiClient, type FetchLike, request } from "./api-client.ts";

// Endpoints shaped like the ones later issues add, so every part of a descriptor is exercised.
const replyToTicket = defineEndpoint({
  method: "POST",
  path: "/tickets/:id/replies",
  summary: "Reply to a ticket",
  tag: "Tickets",
  params: z.object({ id: z.string() }),
  query: z.object({ notify: z.boolean().optional(), tag: z.array(z.string()).optional() }),
  body: z.object({ text: z.string() }),
  responses: {
    201: z.object({ id: z.string(), createdAt: z.iso.datetime().transform((value) => new Date(value)) }),
    400: problemSchema,
  },
});

const deleteDraft = defineEndpoint({
  method: "DELETE",
  path: "/drafts/:id",
  summary: "Delete a draft",
  tag: "Tickets",
  params: z.object({ id: z.string() }),
  responses: { 204: null },
});

const problemResponse = (status: number, problem: Record<string, unknown>) =>
  new Response(JSON.stringify(problem), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
  });

function fakeFetch(response: Response | (() => Promise<Response>)) {
  return vi.fn<FetchLike>(async () => (typeof response === "function" ? response() : response));
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("api client", () => {
  it("sends method, filled-in path, query string and JSON body, with cookies", async () => {
    const fetch = fakeFetch(Response.json({ id: "r1", createdAt: "2026-11-23T10:00:00Z" }, { status: 201 }));
    const client = createApiClient({ baseUrl: "https://helpdesk.example/api/v1/", fetch });

    await client.request(replyToTicket, {
      params: { id: "T 1/2" },
      query: { notify: true, tag: ["dns", "mail"] },
      body: { text: "Hallo" },
    });

    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(
      "https://helpdesk.example/api/v1/tickets/T%201%2F2/replies?notify=true&tag=dns&tag=mail",
    );
    expect(init).toMatchObject({ method: "POST", credentials: "include", body: '{"text":"Hallo"}' });
    expect(init?.headers).toMatchObject({ "content-type": "application/json" });
  });

  it("returns the body parsed by the endpoint's response schema", async () => {
    const fetch = fakeFetch(Response.json({ id: "r1", createdAt: "2026-11-23T10:00:00Z" }, { status: 201 }));
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    const reply = await client.request(replyToTicket, { params: { id: "T1" }, body: { text: "Hallo" } });

    expect(reply.id).toBe("r1");
    expect(reply.createdAt).toEqual(new Date("2026-11-23T10:00:00Z"));
  });

  it("sends no body and no query string when the endpoint has none", async () => {
    const fetch = fakeFetch(Response.json({ status: "ok" }));
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    await expect(client.request(getHealth)).resolves.toEqual({ status: "ok" });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("/api/v1/health");
    expect(init?.method).toBe("GET");
    expect(init?.body).toBeUndefined();
  });

  it("returns undefined for a response declared without a body", async () => {
    const client = createApiClient({
      baseUrl: "/api/v1",
      fetch: fakeFetch(new Response(null, { status: 204 })),
    });

    await expect(client.request(deleteDraft, { params: { id: "d1" } })).resolves.toBeUndefined();
  });

  it("turns a problem+json response into an ApiError with status, code, title, detail and field errors", async () => {
    const fetch = fakeFetch(
      problemResponse(400, {
        type: "https://helpdesk.example/problems/validation_failed",
        title: "Invalid request",
        status: 400,
        detail: "1 field is invalid",
        code: "validation_failed",
        requestId: "req-42",
        errors: [{ path: "body.text", message: "Too short", code: "too_small" }],
      }),
    );
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    const error = await failureOf(
      client.request(replyToTicket, { params: { id: "T1" }, body: { text: "" } }),
    );

    expect(error).toMatchObject({
      status: 400,
      code: "validation_failed",
      title: "Invalid request",
      detail: "1 field is invalid",
      requestId: "req-42",
      fieldErrors: [{ path: "body.text", message: "Too short", code: "too_small" }],
    });
  });

  it("reports a problem document that breaks the contract as an unexpected response", async () => {
    const fetch = fakeFetch(problemResponse(409, { title: "Conflict", status: 409, code: "not_a_code" }));
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    const error = await failureOf(client.request(getHealth));

    expect(error).toMatchObject({ status: 409, code: "unexpected_response" });
  });

  it("reports an error page without a problem document (e.g. from a proxy) as an unexpected response", async () => {
    const fetch = fakeFetch(
      new Response("<h1>Bad Gateway</h1>", {
        status: 502,
        statusText: "Bad Gateway",
        headers: { "content-type": "text/html" },
      }),
    );
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    const error = await failureOf(client.request(getHealth));

    expect(error).toMatchObject({ status: 502, code: "unexpected_response", title: "Bad Gateway" });
  });

  it("rejects a success body that does not match the response schema", async () => {
    const client = createApiClient({
      baseUrl: "/api/v1",
      fetch: fakeFetch(Response.json({ status: "maybe" })),
    });

    const error = await failureOf(client.request(getHealth));

    expect(error).toMatchObject({ status: 200, code: "unexpected_response" });
    expect(error.detail).toMatch(/does not match the contract/);
  });

  it("rejects a success status the endpoint does not declare", async () => {
    const client = createApiClient({
      baseUrl: "/api/v1",
      fetch: fakeFetch(Response.json({}, { status: 202 })),
    });

    const error = await failureOf(client.request(getHealth));

    expect(error).toMatchObject({ status: 202, code: "unexpected_response" });
  });

  it("turns a network failure into an ApiError with status 0", async () => {
    const fetch = vi.fn<FetchLike>(async () => {
      throw new TypeError("Failed to fetch");
    });
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    const error = await failureOf(client.request(getHealth));

    expect(error).toMatchObject({ status: 0, code: "network_error", detail: "Failed to fetch" });
  });

  it("lets a cancellation through as the AbortError it is, not as an ApiError", async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(async (_url, init) => {
      init.signal?.throwIfAborted();
      return Response.json({ status: "ok" });
    });
    const client = createApiClient({ baseUrl: "/api/v1", fetch });
    controller.abort();

    await expect(client.request(getHealth, {}, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("uses the browser's fetch and /api/v1 by default", async () => {
    const fetch = vi.fn<FetchLike>(async () => Response.json({ status: "ok" }));
    vi.stubGlobal("fetch", fetch);

    await expect(request(getHealth)).resolves.toEqual({ status: "ok" });
    expect(fetch).toHaveBeenCalledWith("/api/v1/health", expect.objectContaining({ credentials: "include" }));
  });

  it("requires the inputs an endpoint declares", async () => {
    const client = createApiClient({ baseUrl: "/api/v1", fetch: fakeFetch(Response.json({})) });
    // @ts-expect-error: path params and body are required for this endpoint
    await expect(client.request(replyToTicket)).rejects.toThrow(/missing path parameter "id"/);
  });

  it("keeps a 429's Retry-After, in seconds", async () => {
    const fetch = fakeFetch(
      new Response(
        JSON.stringify({ type: "t", title: "Too many requests", status: 429, code: "too_many_requests" }),
        { status: 429, headers: { "content-type": "application/problem+json", "retry-after": "840" } },
      ),
    );
    const client = createApiClient({ baseUrl: "/api/v1", fetch });

    const error = await failureOf(client.request(getHealth));

    expect(error).toMatchObject({ status: 429, code: "too_many_requests", retryAfterSeconds: 840 });
  });

  it("signs requests with the authenticator's token, but never the auth endpoints' own", async () => {
    const fetch = fakeFetch(async () => Response.json({ status: "ok" }));
    const client = createApiClient({ baseUrl: "/api/v1", fetch });
    client.setAuthenticator({ accessToken: () => "the-token", renew: async () => false });

    await client.request(getHealth);
    await client.request(logout).catch(() => undefined);

    expect(fetch.mock.calls[0]?.[1].headers).toMatchObject({ authorization: "Bearer the-token" });
    expect(fetch.mock.calls[1]?.[1].headers).not.toHaveProperty("authorization");
  });
});
