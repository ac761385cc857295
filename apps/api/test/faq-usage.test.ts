import { randomUUID } from "node:crypto";
import { FAQ_SUGGESTION_EVENT_BATCH_MAX } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createFaqUsageService } from "../src/modules/faq/faq-usage.service.ts";
import { anonymousQueryWords } from "../src/modules/faq/search/anonymous-query.ts";
import { bearer, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const { app, db } = testApp;
afterAll(() => testApp.close());

let editorToken = "";
const ids = new Map<string, string>();
beforeAll(async () => {
  await importFaqContent(db);
  editorToken = (await signedInStaff(testApp, "admin")).token;
  for (const row of await db.faqArticle.findMany({ select: { id: true, slug: true } }))
    ids.set(row.slug, row.id);
});

const idOf = (slug: string) => ids.get(slug) ?? "";
const report = (event: object) => request(app).post("/api/v1/faq-suggestion-events").send(event);
const suggestedSlugs = async (q: string) =>
  (await request(app).get("/api/v1/faqs/suggestions").query({ q })).body.items.map(
    (item: { slug: string }) => item.slug,
  );

describe("learning from use", () => {
  it("keeps no personal data of what was typed", () => {
    expect(
      anonymousQueryWords(
        "ik ben Jan de Vries, jan@example.nl, NL91ABNA0417164300, wil SSL van www.x.nl opzeggen",
      ),
    ).toEqual(["ik", "ben", "de", "wil", "ssl", "van", "opzeggen"]);
  });

  it("shows staff which articles deflect tickets and which queries found nothing", async () => {
    const deflected = randomUUID();
    const idin = idOf("wat-is-idin");
    expect(
      (await report({ type: "shown", formSessionId: deflected, query: "wat is idin", articleIds: [idin] }))
        .status,
    ).toBe(202);
    await report({ type: "clicked", formSessionId: deflected, query: "wat is idin", articleId: idin });
    await report({ type: "abandoned", formSessionId: deflected });

    const submitted = randomUUID();
    await report({ type: "clicked", formSessionId: submitted, query: "idin", articleId: idin });
    await report({ type: "submitted", formSessionId: submitted });
    await report({
      type: "shown",
      formSessionId: submitted,
      query: "ssl certificaat installeren",
      articleIds: [],
    });

    const insights = await request(app).get("/api/v1/faq-insights").set(bearer(editorToken));
    expect(insights.status).toBe(200);
    expect(insights.body.articles).toContainEqual({
      slug: "wat-is-idin",
      title: "Wat is IDIN?",
      shown: 1,
      clicked: 2,
      deflected: 1,
    });
    expect(insights.body.unansweredQueries).toContainEqual({
      query: "ssl certificaat installeren",
      count: 1,
    });
  });

  it("clicks re-order relevant suggestions a little, and never add irrelevant ones", async () => {
    const [first, second] = await suggestedSlugs("opzeggen ");
    expect(first && second).toBeTruthy();
    for (let i = 0; i < 3; i++) {
      await report({
        type: "clicked",
        formSessionId: randomUUID(),
        query: "opzeggen",
        articleId: idOf(second ?? ""),
      });
    }
    expect((await suggestedSlugs("opzeggen "))[0]).toBe(second);

    for (let i = 0; i < 20; i++) {
      await report({
        type: "clicked",
        formSessionId: randomUUID(),
        query: "opzeggen",
        articleId: idOf("wat-is-idin"),
      });
    }
    expect(await suggestedSlugs("opzeggen ")).not.toContain("wat-is-idin");
  });

  it("a click followed by filing a ticket is no evidence; a click in another language counts for the answer", async () => {
    const usage = createFaqUsageService({ db });
    const dutch = idOf("hoe-kan-ik-contact-opnemen-met-jullie");
    const english = idOf("how-can-i-contact-you");
    const query = "telefoonnummer klantenservice bellen";
    const clickThen = async (articleId: string, end?: "submitted" | "abandoned") => {
      const formSessionId = randomUUID();
      await report({ type: "clicked", formSessionId, query, articleId });
      if (end) await report({ type: end, formSessionId });
    };
    await clickThen(dutch, "submitted");
    await clickThen(english, "submitted");
    expect((await usage.boostsFor(query, [dutch, english])).size).toBe(0);

    await clickThen(english, "abandoned");
    const boosts = await usage.boostsFor(query, [dutch, english]);
    expect(boosts.get(dutch)).toBeGreaterThan(0);
    expect(boosts.get(english)).toBe(boosts.get(dutch));
    // A long text must share two meaningful words with what was clicked, not one.
    expect(
      (await usage.boostsFor("mijn factuur klopt niet, wie kan ik bellen over de datalimiet", [dutch])).size,
    ).toBe(0);
  });

  it("takes the events of one form as a batch, and keeps no account with them", async () => {
    const formSessionId = randomUUID();
    const idin = idOf("wat-is-idin");
    const { token } = await signedInCustomer(testApp);
    const response = await request(app)
      .post("/api/v1/faq-suggestion-events")
      .set(bearer(token))
      .send({
        events: [
          { type: "shown", formSessionId, query: "wat is idin", articleIds: [idin] },
          { type: "clicked", formSessionId, query: "wat is idin", articleId: idin },
          { type: "abandoned", formSessionId },
        ],
      });
    expect(response.status).toBe(202);
    const stored = await db.faqSuggestionEvent.findMany({ where: { formSessionId } });
    expect(stored.map((row) => `${row.type} ${row.articleId}`).sort()).toEqual([
      "abandoned null",
      `clicked ${idin}`,
      `shown ${idin}`,
    ]);
    // Nothing in a stored event names who sent it.
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(
      ["articleId", "createdAt", "formSessionId", "id", "queryWords", "resultCount", "type"].sort(),
    );
  });

  it("refuses an empty batch, one over the limit, and a batch with one bad event (storing none of it)", async () => {
    const formSessionId = randomUUID();
    expect((await report({ events: [] })).status).toBe(400);
    const tooMany = Array.from({ length: FAQ_SUGGESTION_EVENT_BATCH_MAX + 1 }, () => ({
      type: "submitted",
      formSessionId,
    }));
    expect((await report({ events: tooMany })).status).toBe(400);
    const oneBad = await report({
      events: [
        { type: "submitted", formSessionId },
        { type: "clicked", formSessionId, query: "x" },
      ],
    });
    expect(oneBad.status).toBe(400);
    expect(oneBad.headers["content-type"]).toContain("application/problem+json");
    expect(await db.faqSuggestionEvent.count({ where: { formSessionId } })).toBe(0);
  });

  it("refuses a click without an article", async () => {
    expect((await report({ type: "clicked", formSessionId: randomUUID(), query: "x" })).status).toBe(400);
  });
});
