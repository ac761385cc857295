import { createHmac, generateKeyPairSync } from "node:crypto";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from "../src/modules/auth/access-token.ts";
import { createStaff } from "./factories.ts";
import { bearer, httpCallers, signedInCustomer, signIn } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { api, as } = httpCallers(testApp);

let valid: { accessToken: string; cookie: string };
let claims: { sub: string; sid: string; kind: string };

beforeAll(async () => {
  const agent = await createStaff(testApp.db, "agent");
  valid = await signIn(testApp, agent.email);
  claims = jwt.decode(valid.accessToken) as typeof claims;
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const sign = (options: jwt.SignOptions, secret: jwt.Secret = testApp.env.JWT_SECRET, payload: object = {}) =>
  jwt.sign({ sid: claims.sid, kind: claims.kind, ...payload }, secret, {
    algorithm: "HS256",
    issuer: ACCESS_TOKEN_ISSUER,
    audience: ACCESS_TOKEN_AUDIENCE,
    subject: claims.sub,
    expiresIn: 600,
    ...options,
  });

async function expectRefused(token: string, detail: string) {
  const response = await as(token).get("/me");
  expect(response.status).toBe(401);
  expect(response.body).toMatchObject({ code: "unauthenticated", detail });
}

describe("access tokens", () => {
  it("a valid token identifies the caller", async () => {
    const response = await as(valid.accessToken).get("/me");
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: claims.sub, role: "agent" });
    expect(jwt.decode(valid.accessToken, { complete: true })?.header.alg).toBe("HS256");
  });

  it("accepts a token signed with the secret as text (as before the key object), and refuses a session's token for another account", async () => {
    expect((await as(sign({})).get("/me")).body.user).toMatchObject({ id: claims.sub, role: "agent" });
    const other = await createStaff(testApp.db, "agent");
    await expectRefused(sign({ subject: other.id }), "The session has ended");
    const customer = await signedInCustomer(testApp);
    const customerClaims = jwt.decode(customer.token) as typeof claims;
    await expectRefused(
      sign({}, testApp.env.JWT_SECRET, { sid: customerClaims.sid }),
      "The session has ended",
    );
    expect((await as(customer.token).get("/me")).body.user).toMatchObject({ id: customer.customer.id });
  });

  it("refuses an expired token", async () => {
    await expectRefused(sign({ expiresIn: -10 }), "The access token has expired");
  });

  it("refuses a tampered token", async () => {
    const [header, , signature] = valid.accessToken.split(".");
    const forged = base64url({ ...claims, sub: "00000000-0000-4000-8000-000000000000", exp: 9_999_999_999 });
    await expectRefused(`${header}.${forged}.${signature}`, "The access token is not valid");
  });

  it("refuses an unsigned token (alg: none)", async () => {
    const payload = base64url({
      ...claims,
      iss: ACCESS_TOKEN_ISSUER,
      aud: ACCESS_TOKEN_AUDIENCE,
      exp: 9_999_999_999,
    });
    await expectRefused(
      `${base64url({ alg: "none", typ: "JWT" })}.${payload}.`,
      "The access token is not valid",
    );
  });

  it("refuses RS256 tokens and HS256 tokens keyed with a public key (algorithm confusion)", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    await expectRefused(sign({ algorithm: "RS256" }, privateKey), "The access token is not valid");
    const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const confused = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url({ ...claims, iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE, exp: 9_999_999_999 })}`;
    const signature = createHmac("sha256", publicPem).update(confused).digest("base64url");
    await expectRefused(`${confused}.${signature}`, "The access token is not valid");
  });

  it("refuses a token for another audience or issuer, or signed with another secret", async () => {
    await expectRefused(sign({ audience: "another-app" }), "The access token is not valid");
    await expectRefused(sign({ issuer: "someone-else" }), "The access token is not valid");
    await expectRefused(
      sign({}, "another-secret-that-is-long-enough-to-use"),
      "The access token is not valid",
    );
  });

  it("refuses a malformed Authorization header", async () => {
    const response = await api().get("/api/v1/me").set("Authorization", "Token abc");
    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/Bearer/);
  });

  it("refuses a token whose session was revoked by logout", async () => {
    const staff = await createStaff(testApp.db, "billing");
    const session = await signIn(testApp, staff.email);
    expect((await as(session.accessToken).get("/me")).status).toBe(200);
    await api()
      .post("/api/v1/auth/logout")
      .set("Cookie", session.cookie)
      .set("Origin", "http://localhost:5173")
      .expect(204);
    await expectRefused(session.accessToken, "The session has ended");
  });

  it("lets a stale token still reach public endpoints as a guest", async () => {
    const response = await api()
      .get("/api/v1/health")
      .set(bearer(sign({ expiresIn: -10 })));
    expect(response.status).toBe(200);
  });
});
