import { afterAll, describe, expect, it } from "vitest";
import { hashSecretToken } from "../src/lib/security/secret-token.ts";
import { createCustomer, createStaff, TEST_PASSWORD } from "./factories.ts";
import { httpCallers, refreshCookieOf, signIn, tokenFromLink } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { api, as } = httpCallers(testApp);

// The web app's own requests: a request carrying the cookie must come from its origin.
const WEB_ORIGIN = "http://localhost:5173";
const refresh = (cookie: string) =>
  api().post("/api/v1/auth/refresh").set("Cookie", cookie).set("Origin", WEB_ORIGIN);
const guess = (email: string) => api().post("/api/v1/auth/login").send({ email, password: "guess-number-x" });

describe("login", () => {
  it("signs demo-style accounts in and keeps the refresh token out of the body", async () => {
    const customer = await createCustomer(testApp.db);
    const { response } = await signIn(testApp, customer.email.toUpperCase());
    expect(response.body).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    expect(response.body.user).toEqual({
      id: customer.id,
      email: customer.email,
      name: customer.name,
      role: "customer",
    });
    expect(JSON.stringify(response.body)).not.toMatch(/refresh/i);
    const cookie = refreshCookieOf(response) ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("answers an unknown address exactly like a wrong password", async () => {
    const staff = await createStaff(testApp.db, "agent");
    const wrong = await api()
      .post("/api/v1/auth/login")
      .send({ email: staff.email, password: "not-the-password" });
    const unknown = await api()
      .post("/api/v1/auth/login")
      .send({ email: "nobody-at-all@example.test", password: "not-the-password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it("slows repeated failures, then refuses with 429 and Retry-After, even the right password", async () => {
    const staff = await createStaff(testApp.db, "admin");
    testApp.delays.length = 0;
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await guess(staff.email);
      expect(response.status).toBe(401);
    }
    expect(testApp.delays).toEqual([0, 0, 500, 1000, 2000]);
    const locked = await api()
      .post("/api/v1/auth/login")
      .send({ email: staff.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe("too_many_requests");
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(800);
  });

  it("a correct password gives its check back; wrong ones stay counted for the window", async () => {
    const staff = await createStaff(testApp.db, "billing");
    for (let attempt = 1; attempt <= 4; attempt++) await guess(staff.email).expect(401);
    await signIn(testApp, staff.email);
    await signIn(testApp, staff.email);
    // The fifth wrong password is still checked; then the account is blocked, even for the right one.
    await guess(staff.email).expect(401);
    await api().post("/api/v1/auth/login").send({ email: staff.email, password: TEST_PASSWORD }).expect(429);
  });
});

describe("refresh tokens", () => {
  it("rotate on every refresh", async () => {
    const staff = await createStaff(testApp.db, "agent");
    const first = await signIn(testApp, staff.email);
    const refreshed = await refresh(first.cookie);
    expect(refreshed.status).toBe(200);
    const second = refreshCookieOf(refreshed)?.split(";")[0] ?? "";
    expect(second).not.toBe(first.cookie);
    expect((await as(refreshed.body.accessToken).get("/me")).status).toBe(200);
  });

  it("a replayed refresh token revokes the whole session", async () => {
    const staff = await createStaff(testApp.db, "agent");
    const stolen = await signIn(testApp, staff.email);
    const legit = await refresh(stolen.cookie);
    const legitCookie = refreshCookieOf(legit)?.split(";")[0] ?? "";

    const replay = await refresh(stolen.cookie);
    expect(replay.status).toBe(401);
    // The thief's replay ends the family: the owner's newer tokens stop working too.
    expect((await refresh(legitCookie)).status).toBe(401);
    expect((await as(legit.body.accessToken).get("/me")).status).toBe(401);
    const session = await testApp.db.authSession.findFirstOrThrow({ where: { staffId: staff.id } });
    expect(session.revokedReason).toBe("refresh_token_reuse");
  });

  it("a refused refresh clears a bad cookie, but sets no cookie when none was sent", async () => {
    // The browser may send a cookie-less refresh just before a sign-in in the same tab; if its 401
    // cleared the cookie and arrived last, it would drop the new session's cookie.
    const withoutCookie = await api().post("/api/v1/auth/refresh");
    expect(withoutCookie.status).toBe(401);
    expect(withoutCookie.headers["set-cookie"]).toBeUndefined();
    const withBadCookie = await refresh("helpdesk_refresh=not-a-token");
    expect(withBadCookie.status).toBe(401);
    expect(refreshCookieOf(withBadCookie)).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it("logout ends the session and clears the cookie", async () => {
    const customer = await createCustomer(testApp.db);
    const session = await signIn(testApp, customer.email);
    const out = await api()
      .post("/api/v1/auth/logout")
      .set("Cookie", session.cookie)
      .set("Origin", WEB_ORIGIN);
    expect(out.status).toBe(204);
    expect(refreshCookieOf(out)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await refresh(session.cookie)).status).toBe(401);
  });

  it("are stored only as hashes", async () => {
    const staff = await createStaff(testApp.db, "agent");
    const { cookie } = await signIn(testApp, staff.email);
    const token = cookie.split("=")[1] ?? "";
    const rows = await testApp.db.refreshToken.findMany({ where: { session: { staffId: staff.id } } });
    expect(rows.map((row) => row.tokenHash)).toEqual([hashSecretToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe("sign-in by e-mail link", () => {
  it("e-mails a single-use link that signs the customer in and proves the address", async () => {
    const customer = await createCustomer(testApp.db, { withPassword: false });
    const accepted = await api().post("/api/v1/auth/email-link").send({ email: customer.email });
    expect(accepted.status).toBe(202);
    const email = await testApp.inbox.waitFor(customer.email, (e) => e.subject === "Je inloglink");
    expect(email.from).toContain("Team Support");
    const token = tokenFromLink(email.text);
    expect(email.text).toContain(`http://localhost:5173/login/link#token=${token}`);

    const stored = await testApp.db.oneTimeToken.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));

    const signedIn = await api().post("/api/v1/auth/email-link/confirm").send({ token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: customer.id, role: "customer" });
    const verified = await testApp.db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(verified.emailVerifiedAt).not.toBeNull();

    expect((await api().post("/api/v1/auth/email-link/confirm").send({ token })).status).toBe(401);
  });

  it("refuses an expired link", async () => {
    const customer = await createCustomer(testApp.db, { language: "en" });
    await api().post("/api/v1/auth/email-link").send({ email: customer.email }).expect(202);
    const email = await testApp.inbox.waitFor(customer.email, (e) => e.subject === "Your sign-in link");
    await testApp.db.oneTimeToken.updateMany({
      where: { customerId: customer.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await api()
      .post("/api/v1/auth/email-link/confirm")
      .send({ token: tokenFromLink(email.text) });
    expect(response.status).toBe(401);
  });

  it("answers 202 for unknown and staff addresses without sending anything", async () => {
    const staff = await createStaff(testApp.db, "agent");
    for (const address of ["never-seen@example.test", staff.email]) {
      expect((await api().post("/api/v1/auth/email-link").send({ email: address })).status).toBe(202);
    }
    await expect(testApp.inbox.waitFor(staff.email, () => true, 300)).rejects.toThrow(/no e-mail/);
    expect(testApp.inbox.messages.some((email) => email.to.includes("never-seen@example.test"))).toBe(false);
  });

  it("limits how many links one address can be sent", async () => {
    const customer = await createCustomer(testApp.db);
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      statuses.push((await api().post("/api/v1/auth/email-link").send({ email: customer.email })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});

describe("password reset", () => {
  it("sets a new password with the e-mailed token and ends every session", async () => {
    const staff = await createStaff(testApp.db, "customer_service");
    const before = await signIn(testApp, staff.email);
    await api().post("/api/v1/auth/password-reset").send({ email: staff.email }).expect(202);
    const email = await testApp.inbox.waitFor(staff.email, (e) => e.subject === "Nieuw wachtwoord instellen");
    const token = tokenFromLink(email.text);
    expect(email.text).toContain("/password-reset#token=");

    const weak = await api().post("/api/v1/auth/password-reset/confirm").send({ token, password: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe("body.password");

    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token, password: "a-brand-new-password" })
      .expect(204);
    expect((await as(before.accessToken).get("/me")).status).toBe(401);
    expect((await refresh(before.cookie)).status).toBe(401);
    await api().post("/api/v1/auth/login").send({ email: staff.email, password: TEST_PASSWORD }).expect(401);
    await signIn(testApp, staff.email, "a-brand-new-password");

    const again = await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token, password: "another-password-1" });
    expect(again.status).toBe(401);
  });

  it("lets a customer without a password set one", async () => {
    const customer = await createCustomer(testApp.db, { withPassword: false });
    await api().post("/api/v1/auth/password-reset").send({ email: customer.email }).expect(202);
    const email = await testApp.inbox.waitFor(customer.email);
    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: tokenFromLink(email.text), password: "my-first-password" })
      .expect(204);
    await signIn(testApp, customer.email, "my-first-password");
  });
});
