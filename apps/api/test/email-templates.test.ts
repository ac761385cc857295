import { emailTemplates } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
let admin: string;
beforeAll(async () => {
  admin = (await signedInStaff(testApp, "admin", { name: "Beheerder Bram" })).token;
});

describe("e-mail templates", () => {
  for (const language of ["nl", "en"] as const) {
    for (const template of emailTemplates) {
      it(`${template} (${language}) renders as HTML and text, signed by the team`, async () => {
        const response = await request(testApp.app)
          .get(`/api/v1/email-previews/${template}?language=${language}`)
          .set(bearer(admin));
        expect(response.status).toBe(200);
        const { html, text, subject } = response.body;
        expect(subject.length).toBeGreaterThan(3);
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('name="viewport"');
        expect(html).toContain("Team Support");
        expect(text).toContain("Team Support");
        expect(`${html}${text}`).not.toContain("Beheerder Bram");
      });
    }
  }

  it("fills the layout compiled once per shape exactly as compiling each e-mail on its own would", async () => {
    const { renderEmail, renderEmailUncached } = await import("../src/lib/mail/email-layout.ts");
    const contents = [
      {
        preheader: "Voorproef $& hdslot0x",
        greeting: "Hallo <Jan> $1,",
        paragraphs: ["Een & twee", "drie\nvier hdslot3x"],
        quote: "**Vet** en [een link](https://example.test/a?b=1&c=2)",
        action: { label: "Open je ticket", url: "https://example.test/tickets/1?x=<y>" },
        links: [
          { title: "Artikel één", url: "https://example.test/faq/een" },
          { title: 'Artikel "twee"', url: "javascript:alert(1)" },
        ],
        linksHeading: "Misschien helpt dit al:",
        closing: "Met vriendelijke groet,",
        signature: "Team Support",
        footer: "Straat 1, Amsterdam",
      },
      { greeting: "Hi,", paragraphs: [], closing: "Regards,", signature: "Team" },
      { greeting: "Hi Ann,", paragraphs: ["Other words, same shape"], closing: "Bye", signature: "T" },
      { greeting: "Hi Bob,", paragraphs: ["More words, same shape"], closing: "Bye!", signature: "T2" },
    ];
    for (const content of contents) {
      const { html } = await renderEmail(content);
      expect(html).toBe(await renderEmailUncached(content));
      // Markers a customer typed stay as typed; no other marker is left behind.
      if (!JSON.stringify(content).includes("hdslot")) expect(html).not.toContain("hdslot");
    }
  });

  it("escapes what customers and agents wrote", async () => {
    const { renderEmail } = await import("../src/lib/mail/email-layout.ts");
    const { html } = await renderEmail({
      greeting: "Hallo <b>Jan</b>,",
      paragraphs: ['<script>alert("x")</script>'],
      quote: "<img src=x onerror=alert(1)>",
      action: { label: "Open", url: "javascript:alert(1)" },
      closing: "Groet",
      signature: "Team Support",
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("&lt;script&gt;");
  });

  it("renders the team's Markdown reply as safe HTML with real links, and as readable plain text", async () => {
    const { renderEmail } = await import("../src/lib/mail/email-layout.ts");
    const { html, text } = await renderEmail({
      greeting: "Hallo Jan,",
      paragraphs: ["Ons antwoord op je vraag:"],
      quote: [
        "Zo zet je het **terug**:",
        "",
        "- open [Wachtwoord wijzigen](https://support.example.test/faq/wachtwoord-wijzigen)",
        "- of mail info@example.com",
        "",
        "[klik](javascript:alert(1)) <b onclick=x>vet</b> ![beeld](https://evil.example.test/p.png)",
      ].join("\n"),
      closing: "Groet",
      signature: "Team Support",
    });
    expect(html).toContain(
      '<a href="https://support.example.test/faq/wachtwoord-wijzigen" rel="noopener noreferrer" style="color:#1d4ed8">Wachtwoord wijzigen</a>',
    );
    expect(html).toContain("<strong>terug</strong>");
    expect(html).toContain('href="mailto:info@example.com"');
    // Raw HTML stays visible text; a script link and an image are not rendered.
    expect(html).toContain("&lt;b onclick=x&gt;vet&lt;/b&gt;");
    expect(html).not.toContain("<b onclick");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain("<img");
    expect(text).toContain(
      "- open Wachtwoord wijzigen (https://support.example.test/faq/wachtwoord-wijzigen)",
    );
    expect(text).toContain("Zo zet je het terug:");
    expect(text).not.toContain("**");
  });

  it("keeps a plain-text reply written before Markdown readable, line breaks included", async () => {
    const { renderEmail } = await import("../src/lib/mail/email-layout.ts");
    const reply = "Hoi,\nJe mailbox is vol.\n\nMaak ruimte vrij: 2 < 3 & 5 > 4.";
    const { html, text } = await renderEmail({
      greeting: "Hallo,",
      paragraphs: [],
      quote: reply,
      closing: "Groet",
      signature: "Team Support",
    });
    expect(html).toContain("Hoi,<br>\nJe mailbox is vol.");
    expect(html).toContain("2 &lt; 3 &amp; 5 &gt; 4.");
    expect(text).toContain(reply);
  });
});
