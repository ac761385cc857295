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
});
