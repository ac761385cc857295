import { describe, expect, it } from "vitest";
import { createStaff, createTicket } from "./factories.ts";
import { createFaqArticle, createFaqCategory } from "./faq-factories.ts";
import { accessTokenOf, httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const { as } = httpCallers(testApp);
const { token: admin } = await signedInStaff(testApp, "admin");
const { token: agent } = await signedInStaff(testApp, "agent");
const category = await createFaqCategory(testApp.db);
const article = await createFaqArticle(testApp.db, category.id, {
  slug: "wachtwoord-vergeten",
  title: "Hoe kies ik een nieuw wachtwoord?",
});
const draft = await createFaqArticle(testApp.db, category.id, { status: "draft" });

const body =
  "Beste {{customer.name}},\n\nOver {{ ticket.number }}: zie {{faq:wachtwoord-vergeten}}.\n\nMet vriendelijke groet";

async function createReply(overrides: object = {}) {
  const response = await as(admin).post("/canned-replies", { title: "Wachtwoord", body, ...overrides });
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; updatedAt: string; usageCount: number };
}

describe("canned replies", () => {
  it("an admin writes one, with its actions; everyone who works tickets finds it by a word", async () => {
    const created = await createReply({
      title: "Wachtwoord kwijt",
      actions: { status: "pending", priority: "high" },
    });
    expect(created).toMatchObject({
      title: "Wachtwoord kwijt",
      actions: { status: "pending", priority: "high", category: null },
      usageCount: 0,
    });
    const found = await as(agent).get("/canned-replies", { q: "kwijt" });
    expect(found.status).toBe(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([created.id]);
    const since = await as(agent).get("/canned-replies", { updated_since: "2999-01-01T00:00:00Z" });
    expect(since.body.items).toEqual([]);
  });

  it("fills the placeholders for a ticket: the requester's name, the number and the FAQ article as a link", async () => {
    const reply = await createReply();
    const ticket = await createTicket(testApp.db);
    const staffView = await as(agent).get(`/tickets/${ticket.id}`);
    const rendered = await as(agent).post(`/tickets/${ticket.id}/canned-replies/${reply.id}/render`);
    expect(rendered.status, rendered.text).toBe(200);
    const url = /\]\((https?:\/\/[^)]+\/faq\/wachtwoord-vergeten)\)/.exec(rendered.body.body)?.[1];
    expect(rendered.body.body).toBe(
      `Beste ${staffView.body.requester.name},\n\nOver ${staffView.body.number}: zie [${article.title}](${url}).\n\nMet vriendelijke groet`,
    );
    expect(rendered.body.body).not.toContain("{{");
    expect(rendered.body.body).toMatch(/\]\(https?:\/\/[^)]+\/faq\/wachtwoord-vergeten\)/);
  });

  it("refuses a body with an unknown placeholder, an FAQ article that is not published, or open braces, with 400 on body.body", async () => {
    for (const [text, code] of [
      ["Hallo {{customer.email}}", "unknown_placeholder"],
      ["Zie {{faq:bestaat-niet}}", "unknown_faq_article"],
      [`Zie {{faq:${draft.slug}}}`, "unknown_faq_article"],
      ["Hallo {{customer.name}", "unclosed_placeholder"],
    ] as const) {
      const response = await as(admin).post("/canned-replies", { title: "Kapot", body: text });
      expect(response.status, text).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.body.errors).toContainEqual(expect.objectContaining({ path: "body.body", code }));
    }
    const empty = await as(admin).post("/canned-replies", { title: "", body: "" });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      "body.body",
      "body.title",
    ]);
    const badStatus = await as(admin).post("/canned-replies", {
      title: "Status",
      body: "Tekst",
      actions: { status: "weg" },
    });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.errors[0].path).toBe("body.actions.status");
  });

  it("only admins write; agents, customers and the phone desk cannot", async () => {
    const reply = await createReply();
    const { token: customer } = await signedInCustomer(testApp);
    const phone = await accessTokenOf(testApp, (await createStaff(testApp.db, "phone_desk")).email);
    for (const token of [agent, customer, phone]) {
      expect((await as(token).post("/canned-replies", { title: "Nee", body: "Nee" })).status).toBe(404);
      expect((await as(token).delete(`/canned-replies/${reply.id}`)).status).toBe(404);
    }
    for (const token of [customer, phone]) {
      expect((await as(token).get("/canned-replies")).status).toBe(404);
    }
  });

  it("a save over someone else's newer save is refused with 409 and both versions", async () => {
    const reply = await createReply();
    const first = await as(admin).put(`/canned-replies/${reply.id}`, {
      title: "Eerste",
      body: "Eerste versie",
      expectedUpdatedAt: reply.updatedAt,
    });
    expect(first.status, first.text).toBe(200);
    const second = await as(admin).put(`/canned-replies/${reply.id}`, {
      title: "Tweede",
      body: "Tweede versie",
      expectedUpdatedAt: reply.updatedAt,
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe("edit_conflict");
    expect(second.body.current).toMatchObject({ title: "Eerste" });
    expect(second.body.submitted).toMatchObject({ title: "Tweede" });
  });

  it("counts every insertion, also 20 at the same moment, without moving the version editors save against", async () => {
    const reply = await createReply();
    const ticket = await createTicket(testApp.db);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        as(agent).post(`/tickets/${ticket.id}/canned-replies/${reply.id}/render`),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    const after = await as(agent).get(`/canned-replies/${reply.id}`);
    expect(after.body.usageCount).toBe(20);
    expect(after.body.updatedAt).toBe(reply.updatedAt);
  });

  it("a reply whose FAQ article was unpublished since is refused when filled in, not sent with braces", async () => {
    const linked = await createFaqArticle(testApp.db, category.id);
    const reply = await createReply({ body: `Zie {{faq:${linked.slug}}}` });
    await testApp.db.faqArticle.update({ where: { id: linked.id }, data: { status: "draft" } });
    const ticket = await createTicket(testApp.db);
    const response = await as(agent).post(`/tickets/${ticket.id}/canned-replies/${reply.id}/render`);
    expect(response.status).toBe(409);
    expect((await as(agent).get(`/canned-replies/${reply.id}`)).body.usageCount).toBe(0);
  });

  it("is not filled in for a ticket the caller cannot see, nor for an unknown reply", async () => {
    const reply = await createReply();
    const ticket = await createTicket(testApp.db);
    const { token: customer } = await signedInCustomer(testApp);
    const none = "00000000-0000-4000-8000-000000000000";
    expect((await as(customer).post(`/tickets/${ticket.id}/canned-replies/${reply.id}/render`)).status).toBe(
      404,
    );
    expect((await as(agent).post(`/tickets/${none}/canned-replies/${reply.id}/render`)).status).toBe(404);
    expect((await as(agent).post(`/tickets/${ticket.id}/canned-replies/${none}/render`)).status).toBe(404);
  });

  it("a sent reply with an FAQ link reaches the customer as a real link in the HTML part and readable in the text part", async () => {
    const reply = await createReply();
    const ticket = await createTicket(testApp.db);
    const rendered = await as(agent).post(`/tickets/${ticket.id}/canned-replies/${reply.id}/render`);
    const sent = await as(agent).post(`/tickets/${ticket.id}/messages`, { body: rendered.body.body });
    expect(sent.status, sent.text).toBe(201);
    const requester = await testApp.db.customer.findUniqueOrThrow({
      where: { id: ticket.customerId ?? "" },
    });
    const email = await testApp.inbox.waitFor(requester.email, (mail) => mail.text.includes(article.title));
    const html = String(email.parsed.html);
    expect(html).toMatch(
      /<a [^>]*href="https?:\/\/[^"]+\/faq\/wachtwoord-vergeten"[^>]*>Hoe kies ik een nieuw wachtwoord\?<\/a>/,
    );
    expect(email.text).toMatch(
      /Hoe kies ik een nieuw wachtwoord\? \(https?:\/\/\S+\/faq\/wachtwoord-vergeten\)/,
    );
    expect(email.raw).not.toContain("{{");
  });
});
