// Link tokens are random and stored only as hashes: nothing about the e-mail (its Message-ID) and
// no server secret gives them away, and a retried e-mail leaves one valid link, not two.
import { createHmac } from "node:crypto";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { hashSecretToken } from "../../src/lib/security/secret-token.ts";
import { createAuthService, LINK_EVENT } from "../../src/modules/auth/auth.service.ts";
import { createCustomer } from "../factories.ts";
import { createTestApp } from "../test-app.ts";
import { tokenFromLink, waitForEmails } from "./shared.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const api = () => request(testApp.app);
const auth = createAuthService({ db: testApp.db, env: testApp.env, logger: testApp.logger });
const confirm = (token: string) => api().post("/api/v1/auth/email-link/confirm").send({ token });

describe("e-mailed link tokens", () => {
  it("cannot be derived from the e-mail's Message-ID and the server's secret", async () => {
    const customer = await createCustomer(testApp.db);
    await api().post("/api/v1/auth/email-link").send({ email: customer.email }).expect(202);
    const [email] = await waitForEmails(testApp, customer.email, /inloglink/, 1);
    const token = tokenFromLink(email?.text ?? "");
    const eventId = /^<([^@]+)@/.exec(email?.parsed.messageId ?? "")?.[1] ?? "";
    expect(eventId).not.toBe("");
    for (const secret of [testApp.env.JWT_SECRET]) {
      for (const label of ["one-time-link", "sign-in-link"]) {
        const derived = createHmac("sha256", secret).update(`${label}:${eventId}`).digest("base64url");
        expect(token).not.toBe(derived);
      }
    }
    const stored = await testApp.db.oneTimeToken.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));
  });

  it("a retried e-mail of the same outbox row replaces the earlier link", async () => {
    const customer = await createCustomer(testApp.db);
    await api().post("/api/v1/auth/email-link").send({ email: customer.email }).expect(202);
    const [first] = await waitForEmails(testApp, customer.email, /inloglink/, 1);
    const events = await testApp.db.domainEvent.findMany({ where: { type: LINK_EVENT } });
    const event = events.find((row) => (first?.parsed.messageId ?? "").startsWith(`<${row.id}@`));
    expect(event).toBeDefined();
    // The same row composed again, as after a send that failed.
    const retried = await auth.composeLinkEmail({
      id: event?.id ?? "",
      occurredAt: event?.occurredAt ?? new Date(),
      payload: event?.payload,
    });
    const firstToken = tokenFromLink(first?.text ?? "");
    const retriedToken = tokenFromLink(retried?.text ?? "");
    expect((await confirm(firstToken)).status).toBe(401);
    expect((await confirm(retriedToken)).status).toBe(200);
  });

  it("a ticket confirmation made again for the same outbox row replaces the earlier link", async () => {
    const customer = await createCustomer(testApp.db);
    const eventId = "4f6b1f4e-3c2a-4d1b-9a8e-2b7c6d5e4f30";
    const first = await auth.signInLink(customer.id, "/tickets", 7, eventId);
    const second = await auth.signInLink(customer.id, "/tickets", 7, eventId);
    expect((await confirm(tokenFromLink(first))).status).toBe(401);
    expect((await confirm(tokenFromLink(second))).status).toBe(200);
  });
});
