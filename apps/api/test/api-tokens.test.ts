// API tokens for integrations: created by an admin, shown once, stored hashed, acting with exactly
// their role's privacy rules, narrowed by scopes, named in the audit trail, and refused (401) once
// revoked or expired.
import { API_TOKEN_PREFIX } from "@helpdesk/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecretToken } from "../src/lib/security/secret-token.ts";
import { createCustomer, createTicket } from "./factories.ts";
import { createApiTokenAs, httpCallers, signedInStaff, signIn } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

let admin: string;
beforeAll(async () => {
  admin = (await signedInStaff(testApp, "admin")).token;
});

const problemJson = /application\/problem\+json/;

describe("creating and listing tokens", () => {
  it("shows the secret once, with a recognisable prefix, and stores only its SHA-256", async () => {
    const created = await as(admin).post("/api-tokens", { name: "CRM-koppeling", role: "agent" });
    expect(created.status, created.text).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(created.body.token).toMatchObject({ name: "CRM-koppeling", role: "agent", scopes: null });

    const row = await testApp.db.apiToken.findUniqueOrThrow({ where: { id: created.body.token.id } });
    expect(row.tokenHash).toBe(hashSecretToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(API_TOKEN_PREFIX.length));

    const list = await as(admin).get("/api-tokens");
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(secret);
    const listed = list.body.items.find((item: { id: string }) => item.id === created.body.token.id);
    expect(listed).toMatchObject({
      secretStart: secret.slice(0, API_TOKEN_PREFIX.length + 4),
      lastUsedAt: null,
    });
  });

  it("shows when a token was last used", async () => {
    const { id, secret } = await createApiTokenAs(testApp, admin, { name: "Monitor", role: "agent" });
    const before = Date.now();
    expect((await as(secret).get("/tickets")).status).toBe(200);
    const listed = (await as(admin).get("/api-tokens")).body.items.find(
      (item: { id: string }) => item.id === id,
    );
    expect(Date.parse(listed.lastUsedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("refuses an expiry in the past and unknown scopes with 400", async () => {
    const past = await as(admin).post("/api-tokens", {
      name: "Oud",
      role: "agent",
      expiresAt: "2020-01-01T00:00:00Z",
    });
    expect(past.status).toBe(400);
    expect(past.headers["content-type"]).toMatch(problemJson);
    const scope = await as(admin).post("/api-tokens", {
      name: "Raar",
      role: "agent",
      scopes: ["tickets:delete"],
    });
    expect(scope.status).toBe(400);
  });

  it("a token cannot make, list or revoke tokens, even an admin one", async () => {
    const { secret } = await createApiTokenAs(testApp, admin, { name: "Beheer", role: "admin" });
    expect((await as(secret).post("/api-tokens", { name: "Nog een", role: "admin" })).status).toBe(403);
    expect((await as(secret).get("/api-tokens")).status).toBe(403);
  });

  it("the account a token acts as cannot sign in, is not listed as staff and cannot be assigned", async () => {
    const { id, secret } = await createApiTokenAs(testApp, admin, { name: "Koppeling X", role: "agent" });
    const { staffMemberId } = await testApp.db.apiToken.findUniqueOrThrow({ where: { id } });
    const account = await testApp.db.staffMember.findUniqueOrThrow({ where: { id: staffMemberId } });
    await expect(signIn(testApp, account.email, "!")).rejects.toThrow(/401/);
    expect((await as(admin).get("/staff", { limit: "100" })).text).not.toContain(staffMemberId);
    expect((await as(admin).get("/staff/assignable")).text).not.toContain(staffMemberId);
    const ticket = await createTicket(testApp.db);
    const assign = await as(secret).patch(`/tickets/${ticket.id}`, { assigneeId: staffMemberId });
    expect(assign.status).toBeGreaterThanOrEqual(400);
    expect(assign.status).toBeLessThan(500);
  });
});

describe("a token acts with its role's privacy rules", () => {
  it("an agent token never sees a customer's IBAN or address; a customer service token does", async () => {
    const customer = await createCustomer(testApp.db);
    const agent = await createApiTokenAs(testApp, admin, { name: "Agent-koppeling", role: "agent" });
    const service = await createApiTokenAs(testApp, admin, {
      name: "Klantenservice",
      role: "customer_service",
    });

    const asAgent = await as(agent.secret).get(`/customers/${customer.id}`);
    expect(asAgent.status).toBe(200);
    expect(asAgent.body.email).toBe(customer.email);
    expect(asAgent.text).not.toContain(customer.iban ?? "none");
    expect(asAgent.text).not.toContain(customer.postalAddress ?? "none");
    const search = await as(agent.secret).get("/customers", { q: customer.email });
    expect(search.status).toBe(200);
    expect(search.text).not.toContain(customer.iban ?? "none");

    const asService = await as(service.secret).get(`/customers/${customer.id}`);
    expect(asService.text).toContain(customer.iban);
  });

  it("a phone desk token sees no customer at all (404), as the phone desk does", async () => {
    const customer = await createCustomer(testApp.db);
    const { secret } = await createApiTokenAs(testApp, admin, { name: "Telefoon", role: "phone_desk" });
    expect((await as(secret).get(`/customers/${customer.id}`)).status).toBe(404);
  });
});

describe("scopes narrow what a token may call", () => {
  it("a tickets:read token reads the queue but may not reply (403, problem+json with the scope)", async () => {
    const ticket = await createTicket(testApp.db);
    const { secret } = await createApiTokenAs(testApp, admin, {
      name: "Alleen lezen",
      role: "agent",
      scopes: ["tickets:read"],
    });
    expect((await as(secret).get(`/tickets/${ticket.id}`)).status).toBe(200);
    const reply = await as(secret).post(`/tickets/${ticket.id}/messages`, { body: "Hallo" });
    expect(reply.status).toBe(403);
    expect(reply.headers["content-type"]).toMatch(problemJson);
    expect(reply.headers["www-authenticate"]).toContain('scope="tickets:write"');
    expect(await testApp.db.ticketMessage.count({ where: { ticketId: ticket.id, body: "Hallo" } })).toBe(0);
  });

  it("a scope the role does not reach opens nothing: an agent with admin scope still gets 404", async () => {
    const { secret } = await createApiTokenAs(testApp, admin, {
      name: "Te veel",
      role: "agent",
      scopes: ["admin"],
    });
    expect((await as(secret).get("/staff")).status).toBe(404);
  });
});

describe("the audit trail names the token", () => {
  it("a change made with a token is recorded with the token's account as the actor", async () => {
    const ticket = await createTicket(testApp.db);
    const { id, secret } = await createApiTokenAs(testApp, admin, {
      name: "Prioriteitenbot",
      role: "agent",
      scopes: ["tickets:read", "tickets:write"],
    });
    const change = await as(secret).patch(`/tickets/${ticket.id}`, { priority: "high" });
    expect(change.status, change.text).toBe(200);
    const events = await as(admin).get(`/tickets/${ticket.id}/events`);
    const priority = events.body.items.find((event: { type: string }) => event.type === "priority_changed");
    expect(priority?.actor).toMatchObject({ type: "staff", name: "Prioriteitenbot", apiToken: true });
    const { staffMemberId } = await testApp.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(priority?.actor.id).toBe(staffMemberId);
  });
});

describe("unusable tokens answer 401 problem+json", () => {
  it("a revoked token is refused at once, also on public endpoints", async () => {
    const { id, secret } = await createApiTokenAs(testApp, admin, { name: "Weg ermee", role: "agent" });
    expect((await as(secret).get("/tickets")).status).toBe(200);
    expect((await as(admin).delete(`/api-tokens/${id}`)).status).toBe(204);
    for (const path of ["/tickets", "/faq-categories"]) {
      const refused = await as(secret).get(path);
      expect(refused.status, path).toBe(401);
      expect(refused.headers["content-type"]).toMatch(problemJson);
      expect(refused.body.detail).toMatch(/revoked/);
      expect(refused.headers["www-authenticate"]).toBe('Bearer error="invalid_token"');
    }
  });

  it("an expired token is refused", async () => {
    const { id, secret } = await createApiTokenAs(testApp, admin, {
      name: "Kort",
      role: "agent",
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect((await as(secret).get("/tickets")).status).toBe(200);
    await testApp.db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const refused = await as(secret).get("/tickets");
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/expired/);
  });

  it("a malformed or unknown token is refused", async () => {
    const secrets = [
      `${API_TOKEN_PREFIX}short`,
      `${API_TOKEN_PREFIX}${"a".repeat(43)}`,
      `${API_TOKEN_PREFIX}a b`,
    ];
    for (const secret of secrets) {
      const refused = await as(secret).get("/faq-categories");
      expect(refused.status, secret).toBe(401);
      expect(refused.headers["content-type"]).toMatch(problemJson);
    }
  });
});
