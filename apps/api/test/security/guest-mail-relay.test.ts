// Finding: a guest could make us send mail to anyone. Sixty guest tickets for one victim address
// gave dozens of confirmations from our support address, each with the attacker's subject and name
// and a sign-in link. Guest filing is limited per target address and per client address, an address
// nobody proved gets at most one confirmation an hour, and no caller text goes unchecked into a
// subject or greeting.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guestTicketLimits } from "../../src/modules/tickets/ticket-filing.service.ts";
import { createStaff } from "../factories.ts";
import { signIn } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";
import { deliverEverything } from "./outbox-delivery.ts";

// One proxy in front, so each request can say which client address it comes from.
const testApp = await createTestApp({}, {}, {}, { TRUST_PROXY: "loopback" });
afterAll(() => testApp.close());
// Delivery runs only when a test asks for it, so every ticket exists before any e-mail is composed.
beforeAll(() => testApp.outbox.stop());

const guestTicket = (email: string, subject: string, name = "Lucky Winner", ip = "203.0.113.7") =>
  request(testApp.app)
    .post("/api/v1/tickets")
    .set("X-Forwarded-For", ip)
    .send({ category: "other", subject, message: "Claim your prize now", email, name });

const mailTo = (address: string) => testApp.inbox.messages.filter((mail) => mail.to.includes(address));

describe("guest mail relay", () => {
  it("sixty guest tickets for one victim: only the limit is filed, the rest is 429 with Retry-After, and one e-mail goes out without the attacker's subject", async () => {
    const victim = "victim@example.test";
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        guestTicket(victim, `You won! Claim at https://evil.example/${index}`),
      ),
    );
    const created = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status !== 201);
    expect(created).toHaveLength(guestTicketLimits.perAccount.attempts);
    for (const response of refused) {
      expect(response.status).toBe(429);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
    }

    await deliverEverything(testApp);
    const mails = mailTo(victim);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).not.toMatch(/won|evil/i);
    // The tickets that got no e-mail of their own are named in the one that went out.
    for (const response of created.slice(1)) expect(mails[0]?.text).toContain(response.body.number);
  });

  it("one client cannot spread the flood over many addresses: 429 beyond the per-client limit", async () => {
    const ip = "198.51.100.23";
    const statuses: number[] = [];
    for (let index = 0; index <= guestTicketLimits.perClient.attempts; index++) {
      statuses.push((await guestTicket(`target-${index}@example.test`, "Hello there", "Sam", ip)).status);
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(guestTicketLimits.perClient.attempts);
    expect(statuses.at(-1)).toBe(429);
  });

  it("a guest with three questions files all three and is told by e-mail", async () => {
    const guest = "three-questions@example.test";
    const numbers: string[] = [];
    for (const subject of ["Mail does not arrive", "Invoice question", "Change my plan"]) {
      const response = await guestTicket(guest, subject, "Anna de Vries", "192.0.2.44");
      expect(response.status).toBe(201);
      numbers.push(response.body.number);
    }
    await deliverEverything(testApp);
    const mails = mailTo(guest);
    expect(mails).toHaveLength(1);
    for (const number of numbers) expect(mails[0]?.text).toContain(number);
    expect(mails[0]?.text).toContain("Anna de Vries");
  });

  it("a name with a link, a domain or an address is refused (400) for guests and for phone callers", async () => {
    for (const name of [
      "Visit https://evil.example",
      "Prize at evil.example",
      "www.evil",
      "me@evil.example",
    ]) {
      const response = await guestTicket("someone@example.test", "A question", name, "192.0.2.45");
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { path: string }) => error.path)).toContain("body.name");
    }
    const phoneDesk = await signIn(testApp, (await createStaff(testApp.db, "phone_desk")).email);
    const callback = await request(testApp.app)
      .post("/api/v1/tickets")
      .set("Authorization", `Bearer ${phoneDesk.accessToken}`)
      .send({
        category: "callback",
        subject: "Call me back",
        message: "About my invoice",
        details: { callerName: "Go to bit.ly/prize", phone: "+31 6 1234 5678", preferredTime: "morning" },
      });
    expect(callback.status).toBe(400);
  });

  it("a name that reaches the greeting another way (an e-mail's sender name) is left out when it holds a link", async () => {
    const raw = Buffer.from(
      [
        'From: "Claim your prize at evil.example" <mailed-victim@example.test>',
        "To: support@helpdesk.localhost",
        "Subject: Hello",
        "Message-ID: <greeting-1@example.test>",
        "",
        "A question by e-mail.",
      ].join("\r\n"),
    );
    expect((await testApp.inbound.receive(raw)).outcome).toBe("new_ticket");
    await deliverEverything(testApp);
    const [mail] = mailTo("mailed-victim@example.test");
    expect(mail?.text).not.toContain("evil.example");
  });
});
