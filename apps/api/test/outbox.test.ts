import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createCustomer } from "./factories.ts";
import { accessTokenOf, bearer, httpCallers, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";
import { until } from "./until.ts";

// Generous tries: the mail server stays down for as long as filing 100 tickets takes.
// One proxy in front: the 100 guests below come from 100 client addresses (guest limits are per address).
const testApp = await createTestApp(
  {},
  { maxAttempts: 200, backoffMs: () => 150 },
  {},
  { TRUST_PROXY: "loopback" },
);
afterAll(() => testApp.close());
const { api } = httpCallers(testApp);

describe("the e-mail outbox", () => {
  it("delivers every confirmation exactly once after the mail server was down while 100 tickets were filed", {
    timeout: 240_000,
  }, async () => {
    await testApp.inbox.stop();
    const addresses = Array.from({ length: 100 }, (_, index) => `fault-${index}@example.test`);
    for (let start = 0; start < addresses.length; start += 10) {
      await Promise.all(
        addresses.slice(start, start + 10).map((email, index) =>
          api()
            .post("/api/v1/tickets")
            .set("X-Forwarded-For", `198.18.0.${start + index}`)
            .send({
              category: "other",
              subject: "Storing",
              message: "Werkt de mail?",
              email,
              name: "Fault",
            })
            .expect(201),
        ),
      );
    }
    // Confirmations have been tried and failed; none is lost or given up on (an unreachable mail
    // server says nothing about the e-mails, so those tries do not count towards dead-lettering).
    const pending = await until(
      () =>
        testApp.db.domainEvent.findMany({
          where: { type: "ticket.created", ticket: { customer: { email: { startsWith: "fault-" } } } },
        }),
      (events) => events.length >= 100 && events.filter((event) => event.lastError !== null).length >= 10,
      60_000,
    );
    expect(pending.every((event) => event.dispatchedAt === null && event.failedAt === null)).toBe(true);
    expect(pending.find((event) => event.lastError)?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(testApp.inbox.messages.filter((m) => m.to[0]?.startsWith("fault-"))).toHaveLength(0);

    const recoveredAt = Date.now();
    await testApp.inbox.restart();
    await until(
      () => testApp.db.domainEvent.count({ where: { type: "ticket.created", dispatchedAt: null } }),
      (left) => left === 0,
      // A hundred MJML e-mails take a while on a busy machine.
      120_000,
    );
    const deliveredInMs = Date.now() - recoveredAt;
    await testApp.outbox.drain();

    const received = testApp.inbox.messages.filter((m) => m.to[0]?.startsWith("fault-"));
    expect(received).toHaveLength(100);
    expect(new Set(received.map((m) => m.to[0])).size).toBe(100);
    expect(new Set(received.map((m) => m.parsed.messageId)).size).toBe(100);
    console.info(
      `outbox fault test: 100 confirmations delivered ${deliveredInMs} ms after the mail server returned`,
    );
  });

  it("the confirmation links the FAQ articles that match the ticket's words", async () => {
    await importFaqContent(testApp.db);
    await api()
      .post("/api/v1/tickets")
      .send({
        category: "billing",
        subject: "IBAN wijzigen voor de automatische incasso",
        message: "Ik heb een nieuwe bankrekening.",
        email: "faq-match@example.test",
        name: "F",
        details: { request: "iban_change" },
      })
      .expect(201);
    const confirmation = await testApp.inbox.waitFor("faq-match@example.test");
    expect(confirmation.text).toContain("Misschien helpt dit al:");
    expect(confirmation.text).toMatch(
      /- Hoe wijzig ik mijn IBAN[^\n]*: http:\/\/localhost:5173\/faq\/[a-z0-9-]+/,
    );
  });

  it("a sign-in link asked for while the mail server is down arrives when it is back, unless it expired", async () => {
    const customer = await createCustomer(testApp.db);
    await testApp.inbox.stop();
    await api().post("/api/v1/auth/email-link").send({ email: customer.email }).expect(202);
    // A request from 20 minutes ago: its 15-minute link is useless by now.
    const stale = await testApp.db.domainEvent.create({
      data: {
        type: "auth.link_requested",
        payload: { purpose: "email_login", accountKind: "customer", accountId: customer.id },
        occurredAt: new Date(Date.now() - 20 * 60_000),
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await testApp.inbox.restart();
    const email = await testApp.inbox.waitFor(customer.email, (m) => m.subject === "Je inloglink");
    expect(email.text).toMatch(/#token=[A-Za-z0-9_-]{43}/);
    await testApp.outbox.drain();
    expect(testApp.inbox.messages.filter((m) => m.to.includes(customer.email))).toHaveLength(1);
    const done = await testApp.db.domainEvent.findUniqueOrThrow({ where: { id: stale.id } });
    expect(done.dispatchedAt).not.toBeNull();
  });

  it("dead-letters an e-mail still refused for now (4xx) after its last try, and staff can retry it", async () => {
    // This file's own dispatcher would deliver the e-mail to its (working) mail server: pause it.
    await testApp.outbox.stop();
    const quick = await createTestApp(
      {},
      { maxAttempts: 2, backoffMs: () => 50 },
      { refuse: () => ({ code: 451, message: "4.3.0 Mailbox busy, try again later" }) },
    );
    try {
      const created = await request(quick.app)
        .post("/api/v1/tickets")
        .send({ category: "other", subject: "Dood", message: "x", email: "dead@example.test", name: "D" })
        .expect(201);
      const dead = await until(
        () =>
          quick.db.domainEvent.findFirstOrThrow({
            where: { ticketId: created.body.id, type: "ticket.created" },
          }),
        (event) => event.failedAt !== null,
      );
      expect(dead.attempts).toBe(2);
      // Staff see the dead letter and retry it.
      const admin = (await signedInStaff(quick, "admin")).token;
      const failed = await request(quick.app).get("/api/v1/email-outbox/failed").set(bearer(admin));
      expect(failed.body.items).toEqual([
        expect.objectContaining({
          id: dead.id,
          type: "ticket.created",
          attempts: 2,
          lastError: expect.stringMatching(/451/),
        }),
      ]);
      quick.inbox.refuseRecipients(() => undefined);
      await request(quick.app).post(`/api/v1/email-outbox/${dead.id}/retry`).set(bearer(admin)).expect(202);
      await quick.inbox.waitFor("dead@example.test");
    } finally {
      await quick.close();
      testApp.outbox.start();
    }
  });

  it("threads a ticket's e-mails and tells the customer of a reply and of waiting, solved and closed", async () => {
    const customer = await createCustomer(testApp.db, { language: "en" });
    const token = await accessTokenOf(testApp, customer.email);
    const agent = (await signedInStaff(testApp, "agent", { name: "Agent Verborgen" })).token;
    const { body: ticket } = await api()
      .post("/api/v1/tickets")
      .set(bearer(token))
      .send({ category: "other", subject: "Threading", message: "Hello" });
    const confirmation = await testApp.inbox.waitFor(customer.email, (m) =>
      m.subject.includes("We received"),
    );
    const root = confirmation.parsed.messageId;
    expect(root).toBe(`<ticket.${ticket.id}@helpdesk.localhost>`);

    await api()
      .post(`/api/v1/tickets/${ticket.id}/messages`)
      .set(bearer(agent))
      .send({ body: "Here is the full answer.\nSecond line." })
      .expect(201);
    await api().patch(`/api/v1/tickets/${ticket.id}`).set(bearer(agent)).send({ status: "on_hold" });
    await api().patch(`/api/v1/tickets/${ticket.id}`).set(bearer(agent)).send({ status: "solved" });

    const reply = await testApp.inbox.waitFor(customer.email, (m) => m.subject.includes("New answer"));
    expect(reply.subject).toBe(`[${ticket.number}] New answer: Threading`);
    expect(reply.text).toContain("Here is the full answer.\nSecond line.");
    expect(reply.from).toContain("Team Support");
    expect(reply.parsed.inReplyTo).toBe(root);
    expect(reply.raw).not.toContain("Agent Verborgen");
    const solved = await testApp.inbox.waitFor(customer.email, (m) =>
      m.text.includes("marked your question as solved"),
    );
    expect(solved.parsed.references).toEqual(root);
    await testApp.outbox.drain();
    // "on hold" is internal: no e-mail for it.
    const toCustomer = testApp.inbox.messages.filter((m) => m.to.includes(customer.email));
    expect(toCustomer.map((m) => m.subject.replace(/^\[#\d+\] /, ""))).toEqual([
      "We received your request: Threading",
      "New answer: Threading",
      "Update: Threading",
    ]);
  });

  it("sends a backlog in parallel lanes, each ticket's e-mails still in the order they happened", async () => {
    await testApp.outbox.stop();
    const agent = (await signedInStaff(testApp, "agent")).token;
    const customers = await Promise.all([1, 2, 3].map(() => createCustomer(testApp.db, { language: "en" })));
    for (const customer of customers) {
      const token = await accessTokenOf(testApp, customer.email);
      const { body: ticket } = await api()
        .post("/api/v1/tickets")
        .set(bearer(token))
        .send({ category: "other", subject: "Backlog", message: "Hello" })
        .expect(201);
      for (const answer of ["First answer.", "Second answer.", "Third answer."]) {
        await api()
          .post(`/api/v1/tickets/${ticket.id}/messages`)
          .set(bearer(agent))
          .send({ body: answer })
          .expect(201);
      }
      await api()
        .patch(`/api/v1/tickets/${ticket.id}`)
        .set(bearer(agent))
        .send({ status: "solved" })
        .expect(200);
    }
    const delivered = await testApp.outbox.drain();
    expect(delivered).toBeGreaterThanOrEqual(15);
    for (const customer of customers) {
      const toCustomer = testApp.inbox.messages.filter((m) => m.to.includes(customer.email));
      expect(toCustomer.map((m) => /First|Second|Third/.exec(m.text)?.[0] ?? m.subject)).toEqual([
        expect.stringContaining("We received your request"),
        "First",
        "Second",
        "Third",
        expect.stringContaining("Update"),
      ]);
    }
    testApp.outbox.start();
  });
});
