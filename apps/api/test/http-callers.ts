// Calling the API the way clients do: as a guest or with a signed-in caller's access token.
import type { StaffRole } from "@helpdesk/contracts";
import request from "supertest";
import { createCustomer, createStaff, TEST_PASSWORD } from "./factories.ts";
import type { TestApp } from "./test-app.ts";

type AppOf = Pick<TestApp, "app">;
type SignInApp = Pick<TestApp, "app" | "db">;

/** The Authorization header for an access token; no header for a guest. */
export const bearer = (token: string | undefined): Record<string, string> =>
  token ? { Authorization: `Bearer ${token}` } : {};

/** The token of an e-mailed sign-in or reset link (`…#token=…`), or "" when there is none. */
export const tokenFromLink = (text: string) => /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

/** The refresh cookie a response sets, attributes included. */
export const refreshCookieOf = (response: request.Response) =>
  ([] as string[])
    .concat(response.headers["set-cookie"] ?? [])
    .find((c) => c.startsWith("helpdesk_refresh="));

/**
 * `api()` is plain supertest on the app; `as(token)` calls `/api/v1` paths with that caller's
 * token (as a guest without one). A body is sent only when given, so uploads can `.attach` files.
 */
export function httpCallers(testApp: AppOf) {
  const api = () => request(testApp.app);
  const as = (token?: string) => {
    const withToken = (call: request.Test) => call.set(bearer(token));
    const withBody = (call: request.Test, body: object | undefined) =>
      body === undefined ? call : call.send(body);
    return {
      get: (path: string, query: Record<string, string> = {}) =>
        withToken(api().get(`/api/v1${path}`)).query(query),
      post: (path: string, body?: object) => withBody(withToken(api().post(`/api/v1${path}`)), body),
      patch: (path: string, body?: object) => withBody(withToken(api().patch(`/api/v1${path}`)), body),
      put: (path: string, body?: object) => withBody(withToken(api().put(`/api/v1${path}`)), body),
      delete: (path: string) => withToken(api().delete(`/api/v1${path}`)),
    };
  };
  return { api, as };
}

/** Signs in through the API and returns the access token and the refresh cookie. */
export async function signIn(testApp: AppOf, email: string, password = TEST_PASSWORD) {
  const response = await request(testApp.app).post("/api/v1/auth/login").send({ email, password });
  if (response.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${response.text}`);
  return {
    accessToken: response.body.accessToken as string,
    cookie: refreshCookieOf(response)?.split(";")[0] ?? "",
    response,
  };
}

/** The access token of an account with the test password. */
export const accessTokenOf = async (testApp: AppOf, email: string) =>
  (await signIn(testApp, email)).accessToken;

/** A new staff member of this role, signed in. */
export async function signedInStaff(
  testApp: SignInApp,
  role: StaffRole,
  overrides: Parameters<typeof createStaff>[2] = {},
) {
  const staff = await createStaff(testApp.db, role, overrides);
  return { staff, token: await accessTokenOf(testApp, staff.email) };
}

/** A new customer with a password, signed in. */
export async function signedInCustomer(
  testApp: SignInApp,
  overrides: Parameters<typeof createCustomer>[1] = {},
) {
  const customer = await createCustomer(testApp.db, overrides);
  return { customer, token: await accessTokenOf(testApp, customer.email) };
}

/** A supertest parser that keeps a response body as bytes: `.buffer(true).parse(asBytes)`. */
export const asBytes = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on("data", (chunk: Buffer) => chunks.push(chunk));
  response.on("end", () => done(null, Buffer.concat(chunks)));
};
