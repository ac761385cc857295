// A guest can file a ticket in anyone's name. The ticket is verified only by its own confirmation
// link, never because the address's owner signs in some other way.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createCustomer } from "../factories.ts";
import { createTestApp } from "../test-app.ts";
import { fileGuestTicket, tokenFromLink, waitForEmails } from "./shared.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const api = () => request(testApp.app);
const verifiedAt = async (ticketId: string) =>
  (await testApp.db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).requesterVerifiedAt;

describe("guest tickets filed in someone else's name", () => {
  it("stay unverified when that person signs in with an unrelated e-mailed link", async () => {
    const victim = await createCustomer(testApp.db, { withPassword: false });
    const forged = await fileGuestTicket(testApp, victim.email, "Zeg mijn contract op");
    await api().post("/api/v1/auth/email-link").send({ email: victim.email }).expect(202);
    const [link] = await waitForEmails(testApp, victim.email, /inloglink/, 1);
    await api()
      .post("/api/v1/auth/email-link/confirm")
      .send({ token: tokenFromLink(link?.text ?? "") })
      .expect(200);
    expect(await verifiedAt(forged.id)).toBeNull();
  });

  it("stay unverified after a password reset of that person", async () => {
    const victim = await createCustomer(testApp.db);
    const forged = await fileGuestTicket(testApp, victim.email, "Verhuis mijn domein");
    await api().post("/api/v1/auth/password-reset").send({ email: victim.email }).expect(202);
    const [reset] = await waitForEmails(testApp, victim.email, /wachtwoord/, 1);
    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: tokenFromLink(reset?.text ?? ""), password: "a-new-password-123" })
      .expect(204);
    expect(await verifiedAt(forged.id)).toBeNull();
  });

  it("a ticket's own confirmation link verifies that ticket and no other", async () => {
    const customer = await createCustomer(testApp.db, { withPassword: false });
    const own = await fileGuestTicket(testApp, customer.email, "Mijn eigen vraag");
    // Confirmations to an unproven address carry the ticket number, never the caller's subject.
    const [confirmation] = await waitForEmails(testApp, customer.email, new RegExp(own.number), 1);
    // A later ticket for the same unproven address waits for the next confirmation (see
    // guest-mail-relay.test.ts); the earlier link must not vouch for it.
    const forged = await fileGuestTicket(testApp, customer.email, "Iemand anders zijn vraag");
    await api()
      .post("/api/v1/auth/email-link/confirm")
      .send({ token: tokenFromLink(confirmation?.text ?? "") })
      .expect(200);
    expect(await verifiedAt(own.id)).not.toBeNull();
    expect(await verifiedAt(forged.id)).toBeNull();
  });
});
