// Posting as a customer by e-mail: a From header is whatever the sender typed. A reply lands on the
// ticket only when the receiving side vouches for the sender too (envelope sender, and SPF/DKIM/DMARC
// when given); otherwise it becomes a new, unverified ticket, never a message on the existing one.
import MailComposer from "nodemailer/lib/mail-composer";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "../factories.ts";
import { signIn } from "../http-callers.ts";
import { sendToInboundSmtp } from "../inbound-smtp.ts";
import { createTestApp, TEST_INBOUND_SECRET } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

let customer: Awaited<ReturnType<typeof createCustomer>>;
let ticketId: string;
let replyTo: string;

beforeAll(async () => {
  customer = await createCustomer(testApp.db);
  const token = (await signIn(testApp, customer.email)).accessToken;
  const ticket = await request(testApp.app)
    .post("/api/v1/tickets")
    .set("Authorization", `Bearer ${token}`)
    .send({ category: "other", subject: "Spoof vraag", message: "Eerste bericht" });
  ticketId = ticket.body.id;
  const confirmation = await testApp.inbox.waitFor(customer.email, (m) => m.subject.includes("Spoof vraag"));
  replyTo = confirmation.parsed.replyTo?.value[0]?.address ?? "";
});

const reply = (text: string) =>
  new MailComposer({ from: customer.email, to: replyTo, subject: "Re: Spoof vraag", text }).compile().build();
const post = async (text: string, headers: Record<string, string>) => {
  const call = request(testApp.app)
    .post("/api/v1/inbound-email")
    .set("X-Inbound-Secret", TEST_INBOUND_SECRET);
  for (const [name, value] of Object.entries(headers)) call.set(name, value);
  return call.attach("message", await reply(text), "mail.eml");
};
const messagesOnTicket = async () => testApp.db.ticketMessage.count({ where: { ticketId } });

describe("a reply with the customer's From and the signed reply address", () => {
  it("from another envelope sender becomes a new ticket, not a message on the customer's", async () => {
    const before = await messagesOnTicket();
    const response = await post("Stuur de code naar mij", { "X-Envelope-From": "attacker@evil.example" });
    expect(response.body).toMatchObject({ outcome: "new_ticket", reason: "sender_not_verified" });
    expect(response.body.ticketId).not.toBe(ticketId);
    const created = await testApp.db.ticket.findUniqueOrThrow({ where: { id: response.body.ticketId } });
    expect(created.requesterVerifiedAt).toBeNull();
    expect(await messagesOnTicket()).toBe(before);
  });

  it("without the envelope sender from the provider becomes a new ticket", async () => {
    const before = await messagesOnTicket();
    const response = await post("Geen envelop", {});
    expect(response.body).toMatchObject({ outcome: "new_ticket", reason: "sender_not_verified" });
    expect(await messagesOnTicket()).toBe(before);
  });

  it("failing DMARC at the provider becomes a new ticket, even with the right envelope sender", async () => {
    const before = await messagesOnTicket();
    const response = await post("DMARC faalt", {
      "X-Envelope-From": customer.email,
      "X-Authentication-Results": "mx.provider.example; spf=pass smtp.mailfrom=x; dkim=fail; dmarc=fail",
    });
    expect(response.body).toMatchObject({ outcome: "new_ticket", reason: "sender_not_verified" });
    expect(await messagesOnTicket()).toBe(before);
  });

  it("lands on the ticket when the envelope sender matches and the results pass", async () => {
    const response = await post("Echt van mij", {
      "X-Envelope-From": customer.email,
      "X-Authentication-Results": "mx.provider.example; spf=pass; dkim=pass; dmarc=pass",
    });
    expect(response.body).toMatchObject({ outcome: "reply", ticketId });
  });

  it("over SMTP with another MAIL FROM becomes a new ticket", async () => {
    const before = await messagesOnTicket();
    await sendToInboundSmtp(testApp, {
      envelope: { from: "attacker@evil.example", to: replyTo },
      from: customer.email,
      to: replyTo,
      subject: "Re: Spoof vraag",
      text: "Via SMTP vervalst",
    });
    expect(await messagesOnTicket()).toBe(before);
    const spoofed = await testApp.db.ticket.findFirst({
      where: {
        customerId: customer.id,
        id: { not: ticketId },
        messages: { some: { body: "Via SMTP vervalst" } },
      },
    });
    expect(spoofed).not.toBeNull();
    expect(spoofed?.requesterVerifiedAt).toBeNull();
  });
});
