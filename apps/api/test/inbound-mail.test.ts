import MailComposer from "nodemailer/lib/mail-composer";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "./factories.ts";
import { accessTokenOf, bearer, signedInStaff } from "./http-callers.ts";
import { sendToInboundSmtp } from "./inbound-smtp.ts";
import { createTestApp, TEST_INBOUND_SECRET } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

type MailOptions = ConstructorParameters<typeof MailComposer>[0];
const mime = (options: MailOptions) => new MailComposer(options).compile().build();
const post = async (raw: Buffer | Promise<Buffer>, secret = TEST_INBOUND_SECRET, envelopeFrom?: string) => {
  const call = request(testApp.app).post("/api/v1/inbound-email").set("X-Inbound-Secret", secret);
  if (envelopeFrom) call.set("X-Envelope-From", envelopeFrom);
  return call.attach("message", await raw, "mail.eml");
};

let customer: Awaited<ReturnType<typeof createCustomer>>;
let ticket: { id: string; number: string };
let replyTo: string;
let agentToken: string;

const thread = async () =>
  (await request(testApp.app).get(`/api/v1/tickets/${ticket.id}`).set(bearer(agentToken))).body;

beforeAll(async () => {
  customer = await createCustomer(testApp.db);
  const token = await accessTokenOf(testApp, customer.email);
  agentToken = (await signedInStaff(testApp, "agent")).token;
  ticket = (
    await request(testApp.app)
      .post("/api/v1/tickets")
      .set(bearer(token))
      .send({ category: "other", subject: "Mail vraag", message: "Eerste bericht" })
  ).body;
  const confirmation = await testApp.inbox.waitFor(customer.email, (m) => m.subject.includes("Mail vraag"));
  replyTo = confirmation.parsed.replyTo?.value[0]?.address ?? "";
  await request(testApp.app)
    .patch(`/api/v1/tickets/${ticket.id}`)
    .set(bearer(agentToken))
    .send({ status: "pending" })
    .expect(200);
});

describe("inbound e-mail", () => {
  it("ticket e-mails carry a signed reply address and say they are automatic", async () => {
    expect(replyTo).toMatch(
      new RegExp(`^support\\+${ticket.number.slice(1)}-[0-9a-f]{20}@helpdesk\\.localhost$`),
    );
    const confirmation = await testApp.inbox.waitFor(customer.email, (m) => m.subject.includes("Mail vraag"));
    expect(confirmation.parsed.headers.get("auto-submitted")).toBe("auto-generated");
  });

  it("a reply from the requester lands in the thread without the quoted history, and reopens the ticket", async () => {
    const raw = mime({
      from: `Klant <${customer.email.toUpperCase()}>`,
      to: replyTo,
      subject: `Re: [${ticket.number}] Mail vraag`,
      text: "Hier is mijn antwoord.\n\nOp 23 nov. 2026 om 10:00 schreef Team Support <support@helpdesk.localhost>:\n> Eerdere tekst\n> meer",
      attachments: [{ filename: "formulier.pdf", content: Buffer.from("%PDF-1.4\n%%EOF\n") }],
    });
    const response = await post(raw, TEST_INBOUND_SECRET, customer.email);
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ outcome: "reply", ticketId: ticket.id });
    const view = await thread();
    const last = view.messages.at(-1);
    expect(last.body).toBe("Hier is mijn antwoord.");
    expect(last.author).toMatchObject({ type: "customer", id: customer.id });
    expect(last.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(["formulier.pdf"]);
    expect(view.status).toBe("open");
  });

  it("a forged sender using the reply address gets a ticket of their own, not a message on this one", async () => {
    const before = (await thread()).messages.length;
    const response = await post(
      mime({
        from: "indringer@example.test",
        to: replyTo,
        subject: `Re: [${ticket.number}] Mail vraag`,
        text: "Ik ben het echt",
      }),
    );
    expect(response.body).toMatchObject({ outcome: "new_ticket", reason: "sender_not_requester" });
    expect(response.body.ticketId).not.toBe(ticket.id);
    expect((await thread()).messages.length).toBe(before);
  });

  it("a ticket number in the subject without the signed address is never enough", async () => {
    const before = (await thread()).messages.length;
    const response = await post(
      mime({
        from: customer.email,
        to: "support@helpdesk.localhost",
        subject: `Re: [${ticket.number}] Mail vraag`,
        text: "Zonder token",
      }),
    );
    expect(response.body).toMatchObject({ outcome: "new_ticket", reason: "no_reply_address" });
    expect((await thread()).messages.length).toBe(before);
    const tampered = replyTo.replace(/-([0-9a-f])/, (_, c: string) => `-${c === "a" ? "b" : "a"}`);
    const forged = await post(
      mime({ from: customer.email, to: tampered, subject: "Re", text: "Vervalst token" }),
    );
    expect(forged.body).toMatchObject({ outcome: "new_ticket", reason: "no_reply_address" });
  });

  it("auto-replies and bounces are dropped: no message, no reopening, no ticket", async () => {
    await request(testApp.app)
      .patch(`/api/v1/tickets/${ticket.id}`)
      .set(bearer(agentToken))
      .send({ status: "pending" })
      .expect(200);
    const before = (await thread()).messages.length;
    const ticketsBefore = await testApp.db.ticket.count();
    const autoReply = mime({
      from: customer.email,
      to: replyTo,
      subject: "Afwezig: Mail vraag",
      text: "Ik ben tot maandag afwezig.",
      headers: { "Auto-Submitted": "auto-replied" },
    });
    expect((await post(autoReply)).body).toEqual({ outcome: "ignored", reason: "automatic" });
    const bounce = mime({
      from: "MAILER-DAEMON@mx.example.test",
      to: replyTo,
      subject: "Undelivered Mail Returned to Sender",
      text: "This is the mail system at host mx.example.test.",
    });
    expect((await post(bounce)).body).toEqual({ outcome: "ignored", reason: "automatic" });
    const view = await thread();
    expect(view.messages.length).toBe(before);
    expect(view.status).toBe("pending");
    expect(await testApp.db.ticket.count()).toBe(ticketsBefore);
  });

  it("a redelivered e-mail (same Message-ID) files one ticket", async () => {
    const raw = await mime({
      from: "nieuw@example.test",
      to: "support@helpdesk.localhost",
      subject: "Nieuwe vraag",
      text: "Hallo",
      messageId: "<once@example.test>",
    });
    const first = await post(raw);
    const second = await post(raw);
    expect(second.body.ticketId).toBe(first.body.ticketId);
  });

  it("refuses a provider without the shared secret", async () => {
    expect(
      (await post(mime({ from: "x@example.test", text: "x" }), "wrong-secret-of-the-same-size!")).status,
    ).toBe(401);
  });

  it("the built-in SMTP receiver takes a reply over SMTP", async () => {
    await sendToInboundSmtp(testApp, {
      from: customer.email,
      to: replyTo,
      subject: "Re: via SMTP",
      text: "Via de SMTP-ontvanger",
    });
    expect((await thread()).messages.at(-1).body).toBe("Via de SMTP-ontvanger");
  });
});
