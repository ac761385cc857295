// The admins' settings: defaults from the environment, validation, a stale save refused, and the
// saved values where customers meet them (e-mails caught by the in-process SMTP server, links, the
// team's signature on replies, the support hours on the contact page).
import { afterAll, describe, expect, it } from "vitest";
import { createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const admin = (await signedInStaff(testApp, "admin")).token;

describe("settings", () => {
  it("start as the environment's values, and only admins read or change them", async () => {
    const read = await as(admin).get("/settings").expect(200);
    expect(read.body).toEqual({
      teamName: testApp.env.TEAM_NAME,
      publicUrl: testApp.env.PUBLIC_URL.replace(/\/$/, ""),
      mailFromAddress: testApp.env.MAIL_FROM_ADDRESS,
      emailFooter: "",
      supportHoursText: "",
      updatedAt: null,
    });
    const agent = (await signedInStaff(testApp, "agent")).token;
    await as(agent).get("/settings").expect(404);
    await as(agent).patch("/settings", { teamName: "Overgenomen" }).expect(404);
    await as().get("/settings").expect(401);
  });

  it("refuse bad values with 400 and the fields, and a save over someone else's with 409", async () => {
    const bad = await as(admin).patch("/settings", {
      publicUrl: "ftp://support.example.nl",
      mailFromAddress: "geen-adres",
      emailFooter: "x".repeat(1001),
      teamName: "  ",
    });
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const paths = bad.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(["body.emailFooter", "body.mailFromAddress", "body.publicUrl", "body.teamName"]);
    await as(admin).patch("/settings", {}).expect(400);

    const opened = (await as(admin).get("/settings").expect(200)).body;
    const first = await as(admin)
      .patch("/settings", { supportHoursText: "Ma-vr 9-17", expectedUpdatedAt: opened.updatedAt })
      .expect(200);
    expect(first.body.updatedAt).not.toBeNull();
    const stale = await as(admin).patch("/settings", {
      supportHoursText: "Ma-za 8-18",
      expectedUpdatedAt: opened.updatedAt,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("edit_conflict");
    expect(stale.body.current.supportHoursText).toBe("Ma-vr 9-17");
    await as(admin)
      .patch("/settings", { supportHoursText: "Ma-za 8-18", expectedUpdatedAt: first.body.updatedAt })
      .expect(200);
  });

  it("are what customers meet: the e-mail's sender, footer and links, the replies' signature, the hours", async () => {
    const opened = (await as(admin).get("/settings").expect(200)).body;
    const saved = await as(admin)
      .patch("/settings", {
        teamName: "Klantenservice Hostingbedrijf",
        publicUrl: "https://hulp.example.nl/",
        mailFromAddress: "hulp@example.nl",
        emailFooter: "Hostingbedrijf B.V. · Kerkstraat 1, Utrecht",
        supportHoursText: "Maandag t/m vrijdag van 9:00 tot 17:00 uur",
        expectedUpdatedAt: opened.updatedAt,
      })
      .expect(200);
    expect(saved.body.publicUrl).toBe("https://hulp.example.nl");

    const shown = await as().get("/settings/public").expect(200);
    expect(shown.body).toEqual({
      teamName: "Klantenservice Hostingbedrijf",
      supportHoursText: "Maandag t/m vrijdag van 9:00 tot 17:00 uur",
    });

    const created = await as()
      .post("/tickets", {
        category: "other",
        subject: "Vraag over mijn factuur",
        message: "Ik zie een dubbele regel op mijn factuur.",
        email: "instellingen.klant@example.test",
        name: "Instellingen Klant",
      })
      .expect(201);
    // Send what is due now rather than wait for the outbox's poll, which a loaded machine stretches.
    await testApp.outbox.drain();
    const email = await testApp.inbox.waitFor("instellingen.klant@example.test", () => true, 60_000);
    expect(email.subject).toContain(created.body.number);
    expect(email.parsed.from?.value[0]).toEqual({
      name: "Klantenservice Hostingbedrijf",
      address: "hulp@example.nl",
    });
    expect(email.text).toContain("Klantenservice Hostingbedrijf");
    expect(email.text).toContain("Hostingbedrijf B.V. · Kerkstraat 1, Utrecht");
    expect(email.text).toContain("Maandag t/m vrijdag van 9:00 tot 17:00 uur");
    expect(email.text).toContain("https://hulp.example.nl/");
    expect(email.parsed.html || "").toContain("Hostingbedrijf B.V.");

    const { customer, token } = await signedInCustomer(testApp);
    const ticket = await createTicket(testApp.db, { requester: customer, status: "open" });
    const agent = (await signedInStaff(testApp, "agent", { name: "Ayla Agentmans" })).token;
    await as(agent).post(`/tickets/${ticket.id}/messages`, { body: "We kijken ernaar." }).expect(201);
    const view = await as(token).get(`/tickets/${ticket.id}`).expect(200);
    const reply = view.body.messages.find(
      (message: { author: { type: string } }) => message.author.type === "team",
    );
    expect(reply.author).toEqual({ type: "team", name: "Klantenservice Hostingbedrijf" });
    expect(JSON.stringify(view.body)).not.toContain("Ayla");

    const preview = await as(admin).get("/email-previews/team_reply").expect(200);
    expect(preview.body.text).toContain("Hostingbedrijf B.V. · Kerkstraat 1, Utrecht");
    expect(preview.body.text).toContain("https://hulp.example.nl/tickets/");
  });
});
