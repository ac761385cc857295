import { readFileSync } from "node:fs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { faqManifest } from "../../../prisma/seed/faq/faq-manifest.ts";
import { FAQ_SEED_FILE, importFaqContent, readFaqSeed } from "../../../prisma/seed/faq/import-faq.ts";
import { createFaqCategory } from "./faq-factories.ts";
import { bearer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const { app, db } = testApp;
afterAll(() => testApp.close());

let editorToken = "";
let agentToken = "";
beforeAll(async () => {
  await importFaqContent(db);
  editorToken = (await signedInStaff(testApp, "customer_service")).token;
  agentToken = (await signedInStaff(testApp, "agent")).token;
});

const asEditor = (call: request.Test) => call.set(bearer(editorToken));

describe("FAQ seed import", () => {
  it("imports every article of the provider's FAQ, with its category, idempotently", async () => {
    expect(await db.faqArticle.count({ where: { status: "published", language: "nl" } })).toBe(
      faqManifest.length,
    );
    const again = await importFaqContent(db);
    expect(again).toEqual({ categoriesCreated: 0, articlesCreated: [], synonymGroupsCreated: 0 });
    expect(await db.faqArticle.count()).toBe(2 * faqManifest.length);

    const cancel = await db.faqArticle.findUniqueOrThrow({
      where: { slug: "hoe-kan-ik-mijn-abonnement-opzeggen" },
      select: { category: { select: { slug: true } } },
    });
    expect(cancel.category.slug).toBe("opzeggen");
  });

  it("adds an English version of every article, linked to its Dutch original, in the same category", async () => {
    const english = await db.faqArticle.findMany({
      where: { language: "en" },
      select: { categoryId: true, translationOf: { select: { language: true, categoryId: true } } },
    });
    expect(english).toHaveLength(faqManifest.length);
    for (const article of english) {
      expect(article.translationOf?.language).toBe("nl");
      expect(article.translationOf?.categoryId).toBe(article.categoryId);
    }
  });

  it("keeps the text as written, with links as links", async () => {
    const file = readFileSync(FAQ_SEED_FILE, "utf8");
    const bodies = (await db.faqArticle.findMany({ select: { body: true } }))
      .map((row) => row.body)
      .join("\n");
    const titles = new Set(faqManifest.map((article) => article.title));
    const lines = file
      .split("\n")
      .map((line) => line.trim().replace(/^•\s*/, ""))
      .filter(
        (line) => line.replace(/\u00a0/g, "").trim() !== "" && !titles.has(line) && line !== "Abonnement",
      );
    for (const line of lines) {
      expect(bodies, line).toContain(line.replace(/(https?:\/\/\S+)/g, "<$1>"));
    }
    const { body } = await db.faqArticle.findUniqueOrThrow({
      where: { slug: "wat-is-idin" },
      select: { body: true },
    });
    expect(body).toContain("- Inloggen bij aangesloten organisaties");
  });

  it("fails clearly when the seed file is missing or does not match the manifest", () => {
    expect(() => readFaqSeed("/nonexistent/faq.txt")).toThrowError(
      /FAQ seed file not found at \/nonexistent/,
    );
  });
});

describe("reading the FAQ", () => {
  it("lists published articles page by page, in the file's order, with their public URL", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await request(app)
        .get("/api/v1/faqs")
        .query({ limit: 10, lang: "nl", ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      seen.push(...response.body.items.map((item: { title: string }) => item.title));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(faqManifest.map((article) => article.title));

    const one = await request(app).get("/api/v1/faqs/wat-is-idin");
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      title: "Wat is IDIN?",
      url: "http://localhost:5173/faq/wat-is-idin",
      category: { slug: "privacy-en-identificatie", name: "Privacy en identificatie" },
      language: "nl",
      status: "published",
      translationOf: null,
      translations: [{ slug: "what-is-idin", title: "What is iDIN?", language: "en" }],
    });
    const translation = await request(app).get("/api/v1/faqs/what-is-idin");
    expect(translation.body).toMatchObject({
      language: "en",
      translationOf: { slug: "wat-is-idin", title: "Wat is IDIN?", language: "nl" },
      translations: [],
    });
  });

  it("filters by category and language", async () => {
    const cancellation = await request(app).get("/api/v1/faqs").query({ category: "opzeggen", lang: "nl" });
    expect(cancellation.body.items).toHaveLength(3);
    const english = await request(app).get("/api/v1/faqs").query({ lang: "en", limit: 100 });
    expect(english.body.items).toHaveLength(faqManifest.length);
    expect(english.body.items.every((item: { language: string }) => item.language === "en")).toBe(true);
    const categories = await request(app).get("/api/v1/faq-categories");
    expect(categories.body.items.map((category: { slug: string }) => category.slug)).toContain("opzeggen");
  });
});

describe("writing the FAQ", () => {
  it("a draft is invisible to the public until customer service publishes it; the slug stays", async () => {
    const category = await createFaqCategory(db);
    const created = await asEditor(request(app).post("/api/v1/faqs")).send({
      title: "Hoe verhuis ik mijn domeinnaam?",
      body: "Vraag een **verhuiscode** aan via [Mijn Account](https://example.nl/account).",
      categorySlug: category.slug,
      keywords: ["transfer", "verhuiscode"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "hoe-verhuis-ik-mijn-domeinnaam", status: "draft" });

    expect((await request(app).get("/api/v1/faqs/hoe-verhuis-ik-mijn-domeinnaam")).status).toBe(404);
    const asAgent = await request(app)
      .get("/api/v1/faqs/hoe-verhuis-ik-mijn-domeinnaam")
      .set(bearer(agentToken));
    expect(asAgent.status).toBe(404);
    const drafts = await asEditor(request(app).get("/api/v1/faqs").query({ status: "draft" }));
    expect(drafts.body.items.map((item: { slug: string }) => item.slug)).toContain(
      "hoe-verhuis-ik-mijn-domeinnaam",
    );
    expect((await request(app).get("/api/v1/faqs").query({ status: "draft" })).status).toBe(404);

    const published = await asEditor(request(app).patch("/api/v1/faqs/hoe-verhuis-ik-mijn-domeinnaam")).send({
      status: "published",
      title: "Hoe verhuis ik mijn domeinnaam naar jullie?",
    });
    expect(published.status).toBe(200);
    expect(published.body.slug).toBe("hoe-verhuis-ik-mijn-domeinnaam");
    const suggestion = await request(app).get("/api/v1/faqs/suggestions").query({ q: "verhuiscode domein" });
    expect(suggestion.body.items[0]?.slug).toBe("hoe-verhuis-ik-mijn-domeinnaam");

    expect((await asEditor(request(app).delete("/api/v1/faqs/hoe-verhuis-ik-mijn-domeinnaam"))).status).toBe(
      204,
    );
    expect((await request(app).get("/api/v1/faqs/hoe-verhuis-ik-mijn-domeinnaam")).status).toBe(404);
    const gone = await request(app).get("/api/v1/faqs/suggestions").query({ q: "verhuiscode domein" });
    expect(gone.body.items.map((item: { slug: string }) => item.slug)).not.toContain(
      "hoe-verhuis-ik-mijn-domeinnaam",
    );
  });

  it("refuses raw HTML, script links, unknown categories, reserved and duplicate slugs", async () => {
    const post = (body: object) =>
      asEditor(request(app).post("/api/v1/faqs")).send({
        title: "Een vraag?",
        categorySlug: "opzeggen",
        ...body,
      });
    expect((await post({ body: "Hallo <script>alert(1)</script>" })).status).toBe(400);
    expect((await post({ body: "[klik](javascript:alert(1))" })).status).toBe(400);
    expect((await post({ body: "Tekst", categorySlug: "bestaat-niet" })).body.errors[0].path).toBe(
      "body.categorySlug",
    );
    expect((await post({ body: "Tekst", slug: "suggestions" })).status).toBe(400);
    expect((await post({ body: "Tekst", slug: "wat-is-idin" })).status).toBe(409);
  });

  it("synonym groups that staff add are used by the next suggestion", async () => {
    const before = await request(app).get("/api/v1/faqs/suggestions").query({ q: "kwartaalnota " });
    expect(before.body.items).toEqual([]);
    const group = await asEditor(request(app).post("/api/v1/faq-synonyms")).send({
      terms: ["Kwartaalnota", "jaarbetaling"],
    });
    expect(group.status).toBe(201);
    expect(group.body.terms).toEqual(["kwartaalnota", "jaarbetaling"]);
    const after = await request(app).get("/api/v1/faqs/suggestions").query({ q: "kwartaalnota " });
    expect(after.body.items[0]?.slug).toBe("ik-wil-graag-per-jaar-betalen-ipv-per-maand-kan-dat");
    expect((await asEditor(request(app).delete(`/api/v1/faq-synonyms/${group.body.id}`))).status).toBe(204);
  });
});
