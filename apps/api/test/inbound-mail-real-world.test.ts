// Real mail, in small messages of our own with the structure that broke the intake: a huge quote,
// an empty text part next to the HTML, HTML-only mail, auto-replies without Auto-Submitted, bounces
// with a null sender, quote headers of other mail programs and languages, and encrypted mail.
import MailComposer from "nodemailer/lib/mail-composer";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createMailReader } from "../src/modules/inbound-mail/mail-reader.ts";
import { createTestApp, TEST_INBOUND_SECRET } from "./test-app.ts";

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
