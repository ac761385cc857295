import type { Session, User } from "@helpdesk/contracts";
import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { vi } from "vitest";
import { AppProviders } from "../src/app/providers.tsx";
import { createRoutes } from "../src/app/router.tsx";
import { createAuthSession } from "../src/features/auth/session/auth-session.ts";
import { apiClient } from "../src/lib/api-client.ts";

/** Renders the whole app (real routes, providers and translations) at `path`, in memory. */
export function renderApp(path = "/") {
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const authSession = createAuthSession(apiClient);
  const view = render(
    <AppProviders queryClient={queryClient} authSession={authSession}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, user, authSession };
}

/** What a fake endpoint gets: the parsed JSON body and the request's headers. */
export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
  headers: Headers;
}
export type FakeHandler = (request: FakeRequest) => Response | Promise<Response>;

/**
 * Stands in for the browser's fetch (outside our product): the API answers /health with `ok` and
 * `POST /auth/refresh` with 401 (nobody signed in), or cannot be reached at all. `handlers` answer
 * other endpoints, keyed by method and path below /api/v1, e.g. `"POST /auth/login"`.
 */
export function stubApi(api: "online" | "offline", handlers: Record<string, FakeHandler> = {}) {
  const all: Record<string, FakeHandler> = {
    "GET /health": () => Response.json({ status: "ok" }),
    "POST /auth/refresh": () => problem(401, "unauthenticated", "No session to refresh"),
    "POST /auth/logout": () => new Response(null, { status: 204 }),
    ...handlers,
  };
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    if (api === "offline") throw new TypeError("Failed to fetch");
    const url = new URL(String(input), "http://localhost");
    const method = init?.method ?? "GET";
    const path = url.pathname.replace(/^\/api\/v1/, "");
    const handler = all[`${method} ${path}`];
    if (!handler) return new Response("not stubbed", { status: 404 });
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    return handler({ method, path, body, headers: new Headers(init?.headers) });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** The calls the app made to one endpoint, with their JSON bodies and headers. */
export function callsTo(fetch: ReturnType<typeof stubApi>, endpoint: string): FakeRequest[] {
  return fetch.mock.calls
    .map(([input, init]) => ({
      method: init?.method ?? "GET",
      path: new URL(String(input), "http://localhost").pathname.replace(/^\/api\/v1/, ""),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
      headers: new Headers(init?.headers),
    }))
    .filter((call) => `${call.method} ${call.path}` === endpoint);
}

/** A problem response with field errors, e.g. a 400 for the body or a 422 for upload tokens. */
export function fieldProblem(
  status: number,
  code: string,
  errors: { path: string; code: string; message: string }[],
) {
  return new Response(
    JSON.stringify({ type: `https://helpdesk.invalid/problems/${code}`, title: code, status, code, errors }),
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

/** An RFC 9457 problem response as the API sends it. */
export function problem(status: number, code: string, detail?: string, headers: Record<string, string> = {}) {
  return new Response(
    JSON.stringify({ type: `https://helpdesk.invalid/problems/${code}`, title: code, status, code, detail }),
    { status, headers: { "content-type": "application/problem+json", ...headers } },
  );
}

export const customer: User = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  email: "customer@demo.test",
  name: "Anne de Vries",
  role: "customer",
};
export const agent: User = {
  id: "16fd2706-8baf-433b-82eb-8c7fada847da",
  email: "agent@demo.test",
  name: "Sanne Bakker",
  role: "agent",
};

let tokens = 0;
/** A 200 with a fresh session for `user` (each with its own access token). */
export function sessionFor(user: User, expiresIn = 900) {
  tokens += 1;
  const session: Session = { accessToken: `token-${tokens}`, tokenType: "Bearer", expiresIn, user };
  return Response.json(session);
}
