// A password reset ends every link of the account still outstanding: other reset links, sign-in
// links and the links in ticket confirmations. Whoever read an old e-mail is out.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createCustomer } from "../factories.ts";
import { createTestApp } from "../test-app.ts";
import { fileGuestTicket, tokenFromLink, waitForEmails } from "./shared.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const api = () => request(testApp.app);

describe("a password reset", () => {
  it("revokes the account's other reset links, sign-in links and ticket-confirmation links", async () => {
    const customer = await createCustomer(testApp.db);
    const ticket = await fileGuestTicket(testApp, customer.email, "Vraag over mijn factuur");
    const [confirmation] = await waitForEmails(testApp, customer.email, new RegExp(ticket.number), 1);
    await api().post("/api/v1/auth/email-link").send({ email: customer.email }).expect(202);
    const [signInEmail] = await waitForEmails(testApp, customer.email, /inloglink/, 1);
    await api().post("/api/v1/auth/password-reset").send({ email: customer.email }).expect(202);
    await api().post("/api/v1/auth/password-reset").send({ email: customer.email }).expect(202);
    const resets = await waitForEmails(testApp, customer.email, /wachtwoord/, 2);
    const [used, other] = resets.map((email) => tokenFromLink(email.text));

    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: used, password: "a-new-password-123" })
      .expect(204);

    const otherReset = await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: other, password: "the-attackers-choice" });
    expect(otherReset.status).toBe(401);
    for (const email of [signInEmail, confirmation]) {
      const response = await api()
        .post("/api/v1/auth/email-link/confirm")
        .send({ token: tokenFromLink(email?.text ?? "") });
      expect(response.status).toBe(401);
    }
    // The new password works; links asked for afterwards work too.
    await api()
      .post("/api/v1/auth/login")
      .send({ email: customer.email, password: "a-new-password-123" })
      .expect(200);
  });
});
