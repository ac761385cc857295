// Cross-site request forgery on the cookie-authenticated endpoints: another site's page can make the
// browser post to /auth/refresh or /auth/logout with the refresh cookie attached (text/plain needs no
// preflight). Only the web app's origin may.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createCustomer } from "../factories.ts";
import { signIn } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const WEB_ORIGIN = "http://localhost:5173";

const post = (path: string, cookie: string) =>
  request(testApp.app).post(`/api/v1/auth/${path}`).set("Cookie", cookie);
const newCookieOf = (response: request.Response) =>
  ([] as string[])
    .concat(response.headers["set-cookie"] ?? [])
    .find((c) => c.startsWith("helpdesk_refresh="))
    ?.split(";")[0] ?? "";

describe("requests carrying the refresh cookie", () => {
  it("are refused from another origin, also as text/plain, with a 403 problem, and change nothing", async () => {
    const { cookie } = await signIn(testApp, (await createCustomer(testApp.db)).email);
    const forged = await post("refresh", cookie).set("Origin", "https://evil.example");
    expect(forged.status).toBe(403);
    expect(forged.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(forged.body.code).toBe("forbidden");
    expect(forged.headers["set-cookie"]).toBeUndefined();

    const logout = await post("logout", cookie)
      .set("Origin", "https://evil.example")
      .set("Content-Type", "text/plain")
      .send("x=1");
    expect(logout.status).toBe(403);
    expect((await post("logout", cookie).set("Origin", "null")).status).toBe(403);

    // The session was neither rotated nor ended: the web app itself can still refresh it.
    const own = await post("refresh", cookie).set("Origin", WEB_ORIGIN);
    expect(own.status).toBe(200);
  });

  it("without Origin need a Referer from the web app", async () => {
    const { cookie } = await signIn(testApp, (await createCustomer(testApp.db)).email);
    expect((await post("refresh", cookie)).status).toBe(403);
    expect((await post("refresh", cookie).set("Referer", "https://evil.example/page")).status).toBe(403);
    const fromApp = await post("refresh", cookie).set("Referer", `${WEB_ORIGIN}/agent/tickets`);
    expect(fromApp.status).toBe(200);
    const logout = await post("logout", newCookieOf(fromApp)).set("Origin", WEB_ORIGIN);
    expect(logout.status).toBe(204);
  });
});
