// Finding: a redelivered reply (same Message-ID) was added twice, and a redelivered new-ticket mail
// attached its files again. Mail servers redeliver after a lost answer: nothing is filed twice.
import MailComposer from "nodemailer/lib/mail-composer";
import request from "supertest";
import { afterAll, expect, it } from "vitest";
import { createCustomer } from "../factories.ts";
import { PNG } from "../file-fixtures.ts";
import { accessTokenOf, bearer, signedInStaff } from "../http-callers.ts";
import { createTestApp, TEST_INBOUND_SECRET } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

type MailOptions = ConstructorParameters<typeof MailComposer>[0];
const mime = (options: MailOptions) => new MailComposer(options).compile().build();
/** Posted as a mail provider does, with the envelope sender it saw (a reply needs it to land). */
const post = (raw: Buffer, envelopeFrom = "") =>
  request(testApp.app)
    .post("/api/v1/inbound-email")
    .set("X-Inbound-Secret", TEST_INBOUND_SECRET)
    .set("X-Envelope-From", envelopeFrom)
    .attach("message", raw, "mail.eml");

it("a redelivered reply, also several at once, is added once, with its files once", {
  timeout: 90_000,
}, async () => {
  const customer = await createCustomer(testApp.db);
  const token = await accessTokenOf(testApp, customer.email);
  const { token: agent } = await signedInStaff(testApp, "agent");
  const ticket = (
    await request(testApp.app)
      .post("/api/v1/tickets")
      .set(bearer(token))
      .send({ category: "other", subject: "Mail vraag", message: "Eerste bericht" })
  ).body;
  const confirmation = await testApp.inbox.waitFor(customer.email, (m) => m.subject.includes("Mail vraag"));
  const replyTo = confirmation.parsed.replyTo?.value[0]?.address ?? "";

  const reply = await mime({
    from: customer.email,
    to: replyTo,
    subject: "Re: Mail vraag",
    text: "Mijn antwoord, één keer",
    messageId: "<reply-once@example.test>",
    attachments: [{ filename: "scherm.png", content: PNG }],
  });
  const first = await post(reply, customer.email);
  expect(first.status, first.text).toBe(202);
  expect(first.body).toMatchObject({ outcome: "reply", ticketId: ticket.id });
  const again = await Promise.all([
    post(reply, customer.email),
    post(reply, customer.email),
    post(reply, customer.email),
  ]);
  for (const response of again) {
    expect(response.status, response.text).toBe(202);
    expect(response.body).toEqual(first.body);
  }

  const thread = (await request(testApp.app).get(`/api/v1/tickets/${ticket.id}`).set(bearer(agent))).body;
  const replies = thread.messages.filter((m: { body: string }) => m.body === "Mijn antwoord, één keer");
  expect(replies).toHaveLength(1);
  expect(replies[0].attachments).toHaveLength(1);
});

it("a redelivered new-ticket mail files one ticket and attaches its files once", {
  timeout: 90_000,
}, async () => {
  const mail = await mime({
    from: "nieuw-met-bijlage@example.test",
    to: "support@helpdesk.localhost",
    subject: "Nieuwe vraag met bijlage",
    text: "Zie bijlage",
    messageId: "<new-once@example.test>",
    attachments: [{ filename: "foto.png", content: PNG }],
  });
  const first = await post(mail);
  expect(first.status, first.text).toBe(202);
  const second = await post(mail);
  expect(second.body.ticketId).toBe(first.body.ticketId);
  const files = await testApp.db.attachment.count({ where: { ticketId: first.body.ticketId } });
  expect(files).toBe(1);
});
