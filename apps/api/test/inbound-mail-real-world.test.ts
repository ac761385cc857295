// Real mail, in small messages of our own with the structure that broke the intake: a huge quote,
// an empty text part next to the HTML, HTML-only mail, auto-replies without Auto-Submitted, bounces
// with a null sender, quote headers of other mail programs and languages, and encrypted mail.
import MailComposer from "nodemailer/lib/mail-composer";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createMailReader } from "../src/modules/inbound-mail/mail-reader.ts";
import { createCustomer } from "./factories.ts";
import { accessTokenOf, asBytes, bearer, signedInStaff } from "./http-callers.ts";
import { sendToInboundSmtp } from "./inbound-smtp.ts";
import { createTestApp, TEST_INBOUND_SECRET } from "./test-app.ts";
import { until } from "./until.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

type MailOptions = ConstructorParameters<typeof MailComposer>[0];
const mime = (options: MailOptions) => new MailComposer(options).compile().build();
let sequence = 0;
const nextSender = () => `klant-${++sequence}@example.test`;

const post = async (raw: Buffer | Promise<Buffer>, envelopeFrom?: string) => {
  const call = request(testApp.app)
    .post("/api/v1/inbound-email")
    .set("X-Inbound-Secret", TEST_INBOUND_SECRET);
  if (envelopeFrom !== undefined) call.set("X-Envelope-From", envelopeFrom);
  return call.attach("message", await raw, "mail.eml");
};

/** The first message of the ticket an e-mail became. */
const firstMessageOf = async (ticketId: string) =>
  testApp.db.ticketMessage.findFirstOrThrow({ where: { ticketId }, orderBy: { createdAt: "asc" } });

const fileAs = async (options: MailOptions) => {
  const response = await post(mime({ to: "support@helpdesk.localhost", subject: "Vraag", ...options }));
  expect(response.status).toBe(202);
  expect(response.body.outcome).toBe("new_ticket");
  return (await firstMessageOf(response.body.ticketId)).body;
};

describe("reading mail never holds up the API", () => {
  it("a reply with a huge quote is read off the main thread: timers keep running meanwhile", async () => {
    const raw = await mime({
      from: nextSender(),
      text: `Mijn antwoord.\n\n${">".repeat(400_000)}\n${"> oude tekst\n".repeat(100_000)}`,
    });
    const reader = createMailReader({ threads: 1 });
    try {
      // Starting the thread is not what is measured.
      await reader.read(Buffer.from("From: a@example.test\r\n\r\nHallo\r\n"));
      let longestGap = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      const mail = await reader.read(raw).finally(() => clearInterval(ticker));
      expect(mail.visibleText).toBe("Mijn antwoord.");
      // Read on the main thread, the loop would stand still for about the whole time it took.
      expect(longestGap).toBeLessThan((performance.now() - started) / 3);
    } finally {
      await reader.close();
    }
  });

  it("the same reply over HTTP becomes a ticket with only the new text", async () => {
    const response = await post(
      mime({
        from: nextSender(),
        to: "support@helpdesk.localhost",
        subject: "Lang citaat",
        text: `Mijn antwoord.\n\n${">".repeat(400_000)}\n`,
      }),
    );
    expect(response.status).toBe(202);
    expect((await firstMessageOf(response.body.ticketId)).body).toBe("Mijn antwoord.");
  });

  it("a message that cannot be read within the time limit is refused for good, not retried forever", async () => {
    const reader = createMailReader({ timeoutMs: 1, threads: 1 });
    try {
      const raw = await mime({ from: nextSender(), subject: "Traag", text: "x".repeat(2_000_000) });
      await expect(reader.read(raw, "a@example.test")).rejects.toMatchObject({
        code: "unprocessable_content",
      });
    } finally {
      await reader.close();
    }
  });
});

describe("the text of a mail", () => {
  it("an empty text part next to an HTML part: the HTML is the text, the mail is not dropped", async () => {
    const body = await fileAs({
      from: nextSender(),
      text: "\n",
      html: "<p>Mijn <b>printer</b> doet het niet</p>",
    });
    expect(body).toBe("Mijn printer doet het niet");
  });

  it("HTML-only mail becomes readable text: entities decoded, no title or CSS, paragraphs, lists and links kept", async () => {
    const body = await fileAs({
      from: nextSender(),
      html: `<html><head><title>Nieuwsbrief-titel</title><style>p { color: red; }</style></head><body>
        <p>Beste &quot;support&quot;, de sch&uuml;tting is kapot.</p><p>Tweede alinea.</p>
        <ul><li>eerste punt</li><li>tweede punt</li></ul>
        <p>Zie <a href="https://example.test/foto">de foto</a>.</p></body></html>`,
    });
    expect(body).toBe(
      'Beste "support", de schütting is kapot.\n\nTweede alinea.\n\n * eerste punt\n * tweede punt\n\nZie de foto [https://example.test/foto].',
    );
  });

  it("the quoted history of an HTML-only reply is stripped", async () => {
    const body = await fileAs({
      from: nextSender(),
      html: "<div>Dat klopt, dank je.</div><div>Op 3 mrt. 2026 om 10:00 schreef Support &lt;support@helpdesk.localhost&gt;:</div><blockquote><p>Klopt uw adres nog?</p></blockquote>",
    });
    expect(body).toBe("Dat klopt, dank je.");
  });
});

describe("decoding", () => {
  it("a file name in raw 8-bit bytes of the message's charset (GB2312) is decoded, not stored as Latin-1", async () => {
    const head = [
      `From: ${nextSender()}`,
      "To: support@helpdesk.localhost",
      "Subject: Bestand",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="grens"; charset="GB2312"',
      "",
      "--grens",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Zie bijlage.",
      "--grens",
      "Content-Type: text/plain",
      'Content-Disposition: attachment; filename="',
    ].join("\r\n");
    // "绩效" in GB2312, as a sender that does not encode header words writes it.
    const raw = Buffer.concat([
      Buffer.from(head, "latin1"),
      Buffer.from([0xbc, 0xa8, 0xd0, 0xa7]),
      Buffer.from('.txt"\r\n\r\nregel een\r\n--grens--\r\n', "latin1"),
    ]);
    const response = await post(raw);
    expect(response.body.outcome).toBe("new_ticket");
    const files = await testApp.db.attachment.findMany({ where: { ticketId: response.body.ticketId } });
    expect(files.map((file) => file.fileName)).toEqual(["绩效.txt"]);
  });
});

describe("redelivery", () => {
  it("a new message that reuses an earlier Message-ID is a ticket of its own; the same message again is not", async () => {
    const sender = nextSender();
    const message = (text: string) =>
      mime({
        from: sender,
        to: "support@helpdesk.localhost",
        subject: "Vraag",
        text,
        messageId: "<hergebruikt@example.test>",
      });
    const first = await post(message("Eerste vraag"));
    const other = await post(message("Een heel andere vraag"));
    const again = await post(message("Een heel andere vraag"));
    expect(other.status).toBe(202);
    expect(other.body.ticketId).not.toBe(first.body.ticketId);
    expect(again.body.ticketId).toBe(other.body.ticketId);
  });
});

describe("automatic mail is dropped and never answered", () => {
  const expectDropped = async (raw: Buffer | Promise<Buffer>, envelopeFrom?: string) => {
    const ticketsBefore = await testApp.db.ticket.count();
    const response = await post(raw, envelopeFrom);
    expect(response.body).toEqual({ outcome: "ignored", reason: "automatic" });
    expect(await testApp.db.ticket.count()).toBe(ticketsBefore);
  };

  it("an iCloud vacation reply without Auto-Submitted (X-Apple-Action: VACATION)", async () => {
    await expectDropped(
      mime({
        from: nextSender(),
        to: "support@helpdesk.localhost",
        subject: "Auto reply: Vraag",
        text: "Ik ben op vakantie tot 10 januari.",
        headers: { "X-Apple-Action": "VACATION", "X-Apple-Criteria": "{kind=VACATION}" },
      }),
    );
  });

  it("a bounce with the null envelope sender (MAIL FROM:<>), over HTTP and over SMTP", async () => {
    const bounce = () =>
      mime({
        from: "MMSC NDR Administrator <sysadmin@mms.example.test>",
        to: "support@helpdesk.localhost",
        subject: "Undeliverable Message",
        text: "Your message could not be delivered.",
      });
    await expectDropped(bounce(), "");
    const ticketsBefore = await testApp.db.ticket.count();
    await sendToInboundSmtp(testApp, {
      envelope: { from: "", to: ["support@helpdesk.localhost"] },
      raw: await bounce(),
    });
    expect(await testApp.db.ticket.count()).toBe(ticketsBefore);
  });

  it("a bounce whose receiving MTA wrote Return-Path: <>", async () => {
    await expectDropped(
      mime({
        from: "sysadmin@mms.example.test",
        to: "support@helpdesk.localhost",
        subject: "Undeliverable Message",
        text: "Message could not be delivered.",
        headers: { "Return-Path": "<>" },
      }),
    );
  });

  it("a bounce from a no-reply address that returns the original message", async () => {
    const returned = [
      "From: no-reply@mail.example.test",
      "To: support@helpdesk.localhost",
      "Subject: =?UTF-8?B?44Oh44O844Or44Ko44Op44O86YCa55+l?=",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="grens"',
      "",
      "--grens",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Your mail could not be delivered: the mailbox is full.",
      "--grens",
      "Content-Type: message/rfc822",
      "Content-Description: Original message",
      "",
      "From: support@helpdesk.localhost",
      "To: iemand@example.test",
      "Subject: Re: Vraag",
      "",
      "Hallo",
      "--grens--",
      "",
    ].join("\r\n");
    await expectDropped(Buffer.from(returned));
  });

  it("a mailing-list server's notice (list headers)", async () => {
    await expectDropped(
      mime({
        from: "lijst-admin@lists.example.test",
        to: "support@helpdesk.localhost",
        subject: "You are not a member of this list",
        text: "Your message was not distributed.",
        headers: { "X-MLServer": "fml [fml 4.0.3]", "List-Subscribe": "<mailto:lijst-ctl@example.test>" },
      }),
    );
  });

  it("a person forwarding an e-mail as an attachment is still a person", async () => {
    const response = await post(
      mime({
        from: nextSender(),
        to: "support@helpdesk.localhost",
        subject: "Fwd: factuur",
        text: "Zie de doorgestuurde mail.",
        attachments: [{ contentType: "message/rfc822", content: "From: a@example.test\r\n\r\nHallo\r\n" }],
      }),
    );
    expect(response.body.outcome).toBe("new_ticket");
  });

  it("one sender gets one confirmation an hour: an auto-responder we do not recognise cannot loop", async () => {
    const sender = nextSender();
    for (let index = 1; index <= 7; index++) {
      const response = await post(
        mime({ from: sender, to: "support@helpdesk.localhost", subject: `Vraag ${index}`, text: "Hallo" }),
      );
      expect(response.body.outcome).toBe("new_ticket");
    }
    // Every ticket's event dispatched: whatever was going to be sent for them has been sent.
    await until(
      () =>
        testApp.db.domainEvent.count({
          where: { type: "ticket.created", dispatchedAt: null, ticket: { customer: { email: sender } } },
        }),
      (waiting) => waiting === 0,
    );
    expect(testApp.inbox.messages.filter((email) => email.to.includes(sender))).toHaveLength(1);
    expect(await testApp.db.ticket.count({ where: { customer: { email: sender } } })).toBe(7);
  });
});

describe("the original e-mail is kept for staff", () => {
  const originalsOf = async (ticketId: string, token: string) =>
    request(testApp.app).get(`/api/v1/tickets/${ticketId}/email-originals`).set(bearer(token));

  it("stripping loses nothing: staff download the whole e-mail as received; customers cannot", async () => {
    const { email: sender } = await createCustomer(testApp.db);
    const raw = await mime({
      from: sender,
      to: "support@helpdesk.localhost",
      subject: "Vraag met citaat",
      text: "Nieuwe tekst.\n\nOp 3 mrt. 2026 om 10:00 schreef Support <support@helpdesk.localhost>:\n> Oude tekst",
      attachments: [
        { filename: "oud-formaat.xls", content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2, 3]) },
      ],
    });
    const { ticketId } = (await post(raw)).body;
    expect((await firstMessageOf(ticketId)).body).toBe("Nieuwe tekst.");

    const agent = (await signedInStaff(testApp, "agent")).token;
    const listed = await originalsOf(ticketId, agent);
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    // The file the upload rules refused is named, and it is in the original.
    expect(listed.body[0].notes).toEqual([expect.stringMatching(/^Not attached: oud-formaat\.xls/)]);
    const download = await request(testApp.app)
      .get(`/api/v1/tickets/${ticketId}/email-originals/${listed.body[0].id}`)
      .set(bearer(agent))
      .buffer(true)
      .parse(asBytes);
    expect(download.status).toBe(200);
    expect(download.headers["content-disposition"]).toMatch(/^attachment/);
    expect(Buffer.compare(download.body as Buffer, raw)).toBe(0);

    const customer = await accessTokenOf(testApp, sender);
    expect((await originalsOf(ticketId, customer)).status).toBe(404);
    expect(
      (
        await request(testApp.app)
          .get(`/api/v1/tickets/${ticketId}/email-originals/${listed.body[0].id}`)
          .set(bearer(customer))
      ).status,
    ).toBe(404);
  });

  it("an encrypted (S/MIME) e-mail becomes a ticket that says so, its parts kept in the original with a note", async () => {
    const raw = Buffer.from(
      [
        `From: ${nextSender()}`,
        "To: support@helpdesk.localhost",
        "Subject: Versleuteld",
        "MIME-Version: 1.0",
        'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="smime.p7m"',
        "",
        Buffer.from([0x30, 0x82, 0x01, 0x0a, 0x06, 0x09, 0x2a, 0x86, 0x48]).toString("base64"),
        "",
      ].join("\r\n"),
    );
    const response = await post(raw);
    expect(response.body.outcome).toBe("new_ticket");
    expect((await firstMessageOf(response.body.ticketId)).body).toBe("(versleutelde e-mail)");
    const agent = (await signedInStaff(testApp, "agent")).token;
    const [original] = (await originalsOf(response.body.ticketId, agent)).body;
    expect(original.notes[0]).toMatch(/encrypted \(S\/MIME or PGP\)/);
  });
});

describe("quote and signature stripping in whole messages", () => {
  it("an Outlook reply keeps only the new text above the From/Sent block", async () => {
    const body = await fileAs({
      from: nextSender(),
      text: "Het werkt weer.\n________________________________________\nFrom: Support <support@helpdesk.localhost>\nSent: vrijdag 23 maart 2026 17:08\nTo: Klant\nSubject: Uw vraag\n\nWerkt het?",
    });
    expect(body).toBe("Het werkt weer.");
  });

  it("a long 'Sent from my ...' sentence is the sender's text, not a phone signature", async () => {
    const body = await fileAs({
      from: nextSender(),
      text: "Here is my answer\n\nSent from my desk, which is much easier than my mobile phone.\n",
    });
    expect(body).toBe("Here is my answer\n\nSent from my desk, which is much easier than my mobile phone.");
  });
});
