import { getMe, type Session, type User } from "@helpdesk/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiClient, type FetchLike } from "../../../lib/api-client.ts";
import { createAuthSession } from "./auth-session.ts";

const user: User = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  email: "customer@demo.test",
  name: "Anne de Vries",
  role: "customer",
};
const session = (accessToken: string, expiresIn = 900): Session => ({
  accessToken,
  tokenType: "Bearer",
  expiresIn,
  user,
});
const unauthenticated = () =>
  new Response(
    JSON.stringify({
      type: "about:blank",
      title: "Authentication is required",
      status: 401,
      code: "unauthenticated",
    }),
    { status: 401, headers: { "content-type": "application/problem+json" } },
  );

/** A fake API: refresh hands out token-1, token-2, …; /me accepts only the newest token. */
function fakeApi(options: { refresh?: "ok" | "refused" } = {}) {
  let issued = 0;
  const fetch = vi.fn<FetchLike>(async (url, init) => {
    if (url.endsWith("/auth/refresh")) {
      if (options.refresh === "refused") return unauthenticated();
      issued += 1;
      return Response.json(session(`token-${issued}`));
    }
    if (url.endsWith("/me")) {
      const authorization = new Headers(init.headers).get("authorization");
      return authorization === `Bearer token-${issued}` ? Response.json({ user }) : unauthenticated();
    }
    return new Response(null, { status: 404 });
  });
  const calls = (suffix: string) => fetch.mock.calls.filter(([url]) => url.endsWith(suffix));
  return { fetch, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("auth session", () => {
  it("signs in silently from the refresh cookie at start-up and sends the token as a bearer token", async () => {
    const api = fakeApi();
    const client = createApiClient({ baseUrl: "/api/v1", fetch: api.fetch });
    const auth = createAuthSession(client);

    await auth.start();
    await auth.start();

    expect(auth.getState()).toEqual({ status: "signedIn", user });
    expect(api.calls("/auth/refresh")).toHaveLength(1);
    expect(api.calls("/auth/refresh")[0]?.[1].headers).not.toHaveProperty("authorization");
    await client.request(getMe);
    expect(api.calls("/me")[0]?.[1].headers).toMatchObject({ authorization: "Bearer token-1" });
    auth.dispose();
  });

  it("is signed out when there is no session to refresh", async () => {
    const api = fakeApi({ refresh: "refused" });
    const auth = createAuthSession(createApiClient({ baseUrl: "/api/v1", fetch: api.fetch }));

    await auth.start();

    expect(auth.getState()).toEqual({ status: "signedOut" });
    expect(auth.accessToken()).toBeUndefined();
  });

  it("after a 401, renews the token once, even for several requests at a time, and repeats them", async () => {
    const api = fakeApi();
    const client = createApiClient({ baseUrl: "/api/v1", fetch: api.fetch });
    const auth = createAuthSession(client);
    auth.signIn(session("stale-token"));

    const results = await Promise.all([client.request(getMe), client.request(getMe), client.request(getMe)]);

    expect(results.map((result) => result.user.name)).toEqual([
      "Anne de Vries",
      "Anne de Vries",
      "Anne de Vries",
    ]);
    expect(api.calls("/auth/refresh")).toHaveLength(1);
    expect(auth.accessToken()).toBe("token-1");
    auth.dispose();
  });

  it("becomes signed out (session expired) when the renewal is refused, and the request fails", async () => {
    const api = fakeApi({ refresh: "refused" });
    const client = createApiClient({ baseUrl: "/api/v1", fetch: api.fetch });
    const auth = createAuthSession(client);
    auth.signIn(session("stale-token"));

    await expect(client.request(getMe)).rejects.toMatchObject({ status: 401 });

    expect(auth.getState()).toEqual({ status: "signedOut", reason: "expired" });
    expect(api.calls("/me")).toHaveLength(1);
  });

  it("stays signed in when a sign-in overtakes the start-up refresh that is then refused", async () => {
    // An e-mailed link opened in a fresh tab: the silent refresh (no cookie yet) and the link's
    // sign-in run at once, and the refusal may arrive last.
    let refuse: (response: Response) => void = () => {};
    const fetch = vi.fn<FetchLike>((url) =>
      url.endsWith("/auth/refresh")
        ? new Promise<Response>((resolve) => {
            refuse = resolve;
          })
        : Promise.resolve(new Response(null, { status: 404 })),
    );
    const auth = createAuthSession(createApiClient({ baseUrl: "/api/v1", fetch }));

    const starting = auth.start();
    auth.signIn(session("link-token"));
    refuse(unauthenticated());
    await starting;

    expect(auth.getState()).toEqual({ status: "signedIn", user });
    expect(auth.accessToken()).toBe("link-token");
    auth.dispose();
  });

  it("renews the token a minute before it expires", async () => {
    vi.useFakeTimers();
    const api = fakeApi();
    const auth = createAuthSession(createApiClient({ baseUrl: "/api/v1", fetch: api.fetch }));
    auth.signIn(session("first-token", 900));

    await vi.advanceTimersByTimeAsync(839_000);
    expect(api.calls("/auth/refresh")).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.calls("/auth/refresh")).toHaveLength(1);
    expect(auth.accessToken()).toBe("token-1");
    auth.dispose();
  });

  it("signing out ends the session at the API and here, even when the API cannot be reached", async () => {
    const fetch = vi.fn<FetchLike>(async () => {
      throw new TypeError("Failed to fetch");
    });
    const auth = createAuthSession(createApiClient({ baseUrl: "/api/v1", fetch }));
    auth.signIn(session("token"));

    await auth.signOut();

    expect(fetch).toHaveBeenCalledWith("/api/v1/auth/logout", expect.objectContaining({ method: "POST" }));
    expect(auth.getState()).toEqual({ status: "signedOut" });
    expect(auth.accessToken()).toBeUndefined();
  });
});
