// Popular FAQ articles for the home page: ranked by real use (form sessions that clicked a suggestion,
// solved tickets answered with the article), with the FAQ's own order where use is lacking.
import { randomUUID } from "node:crypto";
import { faqSlugSchema } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createFaqArticle, createFaqCategory } from "./faq-factories.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const { app, db } = testApp;
afterAll(() => testApp.close());

beforeAll(async () => {
  await importFaqContent(db);
});

const popularSlugs = async (limit?: number) => {
  const response = await request(app)
    .get("/api/v1/faqs/popular")
    .query(limit ? { limit } : {});
  expect(response.status).toBe(200);
  return response.body.items.map((item: { slug: string }) => item.slug) as string[];
};

/** The seeded FAQ's published articles per category, each in its own order, categories in theirs. */
async function faqOrder() {
  const categories = await db.faqCategory.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      articles: {
        where: { status: "published" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, slug: true },
      },
    },
  });
  return categories.map((category) => category.articles).filter((articles) => articles.length > 0);
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
async function use(
  articleId: string,
  type: "clicked" | "answered_ticket" | "shown",
  options: {
    session?: string;
    at?: Date;
  } = {},
) {
  await db.faqSuggestionEvent.create({
    data: {
      formSessionId: options.session ?? randomUUID(),
      type,
      articleId,
      queryWords: ["test"],
      ...(options.at ? { createdAt: options.at } : {}),
    },
  });
}

describe("popular FAQ articles", () => {
  // First: nothing has been used yet in this test file's database.
  it("without any use, takes every category's first question in turn (the FAQ's own order)", async () => {
    const order = await faqOrder();
    expect(order.length).toBeGreaterThanOrEqual(5);
    const firsts = order.map((articles) => articles[0]?.slug);
    const seconds = order.flatMap((articles) => (articles[1] ? [articles[1].slug] : []));
    expect(await popularSlugs(5)).toEqual(firsts.slice(0, 5));
    expect(await popularSlugs(order.length + 2)).toEqual([...firsts, ...seconds].slice(0, order.length + 2));
  });

  it("answers published articles only, as summaries with their address, five by default", async () => {
    const response = await request(app).get("/api/v1/faqs/popular");
    expect(response.body.items).toHaveLength(5);
    expect(Object.keys(response.body.items[0]).sort()).toEqual(
      ["category", "id", "language", "slug", "status", "title", "updatedAt", "url"].sort(),
    );
    expect(response.body.items[0].url).toBe(`http://localhost:5173/faq/${response.body.items[0].slug}`);
    expect((await request(app).get("/api/v1/faqs/popular?limit=0")).status).toBe(400);
    expect((await request(app).get("/api/v1/faqs/popular?limit=21")).status).toBe(400);
  });

  it("ranks by distinct form sessions that clicked the article or were answered with it, over the last 90 days", async () => {
    const order = await faqOrder();
    const [top, next, noisy, shownOnly, old] = [
      order[4]?.[1],
      order[3]?.[0],
      order[2]?.[1],
      order[1]?.[1],
      order[0]?.[1],
    ];
    if (!top || !next || !noisy || !shownOnly || !old)
      throw new Error("the seeded FAQ is too small for this test");
    const category = await createFaqCategory(db);
    const draft = await createFaqArticle(db, category.id, { status: "draft" });

    // top: three sessions (two clicks, one solved ticket answered with it); next: two sessions.
    await use(top.id, "clicked");
    await use(top.id, "clicked");
    await use(top.id, "answered_ticket");
    await use(next.id, "clicked");
    await use(next.id, "answered_ticket");
    // noisy: one visitor clicking four times is one session, so below `next`.
    const session = randomUUID();
    for (let i = 0; i < 4; i++) await use(noisy.id, "clicked", { session });
    // Shown often but never chosen, used a lot but long ago, or a draft: none of these count.
    for (let i = 0; i < 5; i++) await use(shownOnly.id, "shown");
    for (let i = 0; i < 5; i++) await use(old.id, "clicked", { at: daysAgo(91) });
    for (let i = 0; i < 5; i++) await use(draft.id, "clicked");

    const slugs = await popularSlugs(6);
    expect(slugs.slice(0, 3)).toEqual([top.slug, next.slug, noisy.slug]);
    expect(slugs).not.toContain(draft.slug);
    // The rest is the FAQ's own order, without those listed already.
    const used = new Set([top.slug, next.slug, noisy.slug]);
    const fallback = order.map((articles) => articles[0]?.slug).filter((slug) => slug && !used.has(slug));
    expect(slugs.slice(3)).toEqual(fallback.slice(0, 3));
  });

  it("keeps its address from being taken by an article: the slug is reserved", () => {
    expect(faqSlugSchema.safeParse("popular").success).toBe(false);
    expect(faqSlugSchema.safeParse("populaire-vragen").success).toBe(true);
  });
});
