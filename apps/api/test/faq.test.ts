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

describe("the editors' list", () => {
  it("editors search titles and keywords across drafts and published articles; others get published only", async () => {
    const category = await createFaqCategory(db);
    for (const [title, status, keywords] of [
      ["Hoe wijzig ik mijn wachtwoord voor de webmail?", "draft", ["inloggen"]],
      ["Webmail instellen op een nieuwe telefoon", "published", []],
    ] as const) {
      const created = await asEditor(request(app).post("/api/v1/faqs")).send({
        title,
        body: "Antwoord.",
        categorySlug: category.slug,
        status,
        keywords,
      });
      expect(created.status).toBe(201);
    }
    const titles = (response: request.Response) =>
      response.body.items.map((item: { title: string }) => item.title).sort();

    const both = await asEditor(request(app).get("/api/v1/faqs").query({ status: "any", q: "WEBMAIL" }));
    expect(titles(both)).toEqual([
      "Hoe wijzig ik mijn wachtwoord voor de webmail?",
      "Webmail instellen op een nieuwe telefoon",
    ]);
    const byKeyword = await asEditor(
      request(app).get("/api/v1/faqs").query({ status: "any", q: "inloggen webmail" }),
    );
    expect(titles(byKeyword)).toEqual(["Hoe wijzig ik mijn wachtwoord voor de webmail?"]);
    const publicList = await request(app)
      .get("/api/v1/faqs")
      .query({ q: "webmail", category: category.slug });
    expect(titles(publicList)).toEqual(["Webmail instellen op een nieuwe telefoon"]);
    expect((await request(app).get("/api/v1/faqs").query({ status: "any" })).status).toBe(404);
    expect(
      (await request(app).get("/api/v1/faqs").query({ status: "any" }).set(bearer(agentToken))).status,
    ).toBe(404);
  });
});

describe("editing an article: conflicts and moved addresses", () => {
  const writeArticle = async (title: string, status: "draft" | "published" = "published") => {
    const category = await createFaqCategory(db);
    const created = await asEditor(request(app).post("/api/v1/faqs")).send({
      title,
      body: "Kies **Instellingen** en dan *Beveiliging*.",
      categorySlug: category.slug,
      status,
    });
    expect(created.status).toBe(201);
    return created.body as { slug: string; title: string; updatedAt: string };
  };

  it("of two editors who opened the same version and save at once, one wins and the other gets 409 with both versions", async () => {
    const opened = await writeArticle("Hoe zet ik tweestapsverificatie aan?");
    const save = (title: string) =>
      asEditor(request(app).patch(`/api/v1/faqs/${opened.slug}`)).send({
        title,
        expectedUpdatedAt: opened.updatedAt,
      });
    const answers = await Promise.all([save("Tweestapsverificatie aanzetten"), save("2FA aanzetten")]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.status === 200);
    const loser = answers.find((answer) => answer.status === 409);
    expect(loser?.headers["content-type"]).toContain("application/problem+json");
    expect(loser?.body.code).toBe("edit_conflict");
    // Both versions: what is stored now (the winner's) and what this editor tried to save.
    expect(loser?.body.current.title).toBe(winner?.body.title);
    expect(loser?.body.current.updatedAt).toBe(winner?.body.updatedAt);
    expect(loser?.body.submitted.title).not.toBe(winner?.body.title);
    expect(loser?.body.submitted.expectedUpdatedAt).toBe(opened.updatedAt);
    // Nothing was overwritten silently.
    const stored = await request(app).get(`/api/v1/faqs/${opened.slug}`);
    expect(stored.body.title).toBe(winner?.body.title);

    // Saving again on top of the version the conflict showed works.
    const retried = await asEditor(request(app).patch(`/api/v1/faqs/${opened.slug}`)).send({
      title: loser?.body.submitted.title,
      expectedUpdatedAt: loser?.body.current.updatedAt,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.title).toBe(loser?.body.submitted.title);
  });

  it("a new slug moves the article; the old address redirects (308) so links in old e-mails keep working", async () => {
    const article = await writeArticle("Hoe wijzig ik mijn pincode?");
    const moved = await asEditor(request(app).patch(`/api/v1/faqs/${article.slug}`)).send({
      title: "Pincode van de klantenservice wijzigen",
      slug: "pincode-klantenservice-wijzigen",
      expectedUpdatedAt: article.updatedAt,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.slug).toBe("pincode-klantenservice-wijzigen");
    expect(moved.body.url).toMatch(/\/faq\/pincode-klantenservice-wijzigen$/);

    const old = await request(app).get(`/api/v1/faqs/${article.slug}`).redirects(0);
    expect(old.status).toBe(308);
    expect(old.headers.location).toBe("/api/v1/faqs/pincode-klantenservice-wijzigen");
    const followed = await request(app).get(`/api/v1/faqs/${article.slug}`).redirects(1);
    expect(followed.status).toBe(200);
    expect(followed.body.title).toBe("Pincode van de klantenservice wijzigen");

    // Moved twice: the first address still leads to the current one, in one step.
    const again = await asEditor(request(app).patch("/api/v1/faqs/pincode-klantenservice-wijzigen")).send({
      slug: "pincode-wijzigen",
    });
    expect(again.status).toBe(200);
    for (const previous of [article.slug, "pincode-klantenservice-wijzigen"]) {
      const answer = await request(app).get(`/api/v1/faqs/${previous}`).redirects(0);
      expect(answer.headers.location).toBe("/api/v1/faqs/pincode-wijzigen");
    }
    // Moving back to an earlier address makes it current again (no redirect loop).
    const back = await asEditor(request(app).patch("/api/v1/faqs/pincode-wijzigen")).send({
      slug: article.slug,
    });
    expect(back.status).toBe(200);
    expect((await request(app).get(`/api/v1/faqs/${article.slug}`).redirects(0)).status).toBe(200);
    expect((await request(app).get("/api/v1/faqs/pincode-wijzigen").redirects(0)).headers.location).toBe(
      `/api/v1/faqs/${article.slug}`,
    );
    // Writes go to the current address only.
    expect(
      (await asEditor(request(app).patch("/api/v1/faqs/pincode-wijzigen")).send({ status: "draft" })).status,
    ).toBe(404);
  });

  it("an old address of a draft redirects only editors; others get the same 404 as for nothing", async () => {
    const draft = await writeArticle("Hoe vraag ik een nieuwe simkaart aan?", "draft");
    expect(
      (await asEditor(request(app).patch(`/api/v1/faqs/${draft.slug}`)).send({ slug: "nieuwe-simkaart" }))
        .status,
    ).toBe(200);
    expect((await request(app).get(`/api/v1/faqs/${draft.slug}`).redirects(0)).status).toBe(404);
    const asAgent = await request(app).get(`/api/v1/faqs/${draft.slug}`).set(bearer(agentToken)).redirects(0);
    expect(asAgent.status).toBe(404);
    expect((await asEditor(request(app).get(`/api/v1/faqs/${draft.slug}`)).redirects(0)).status).toBe(308);
  });

  it("refuses a slug in use or once used by another article, a malformed slug or version, and an empty change", async () => {
    const first = await writeArticle("Waar vind ik mijn facturen?");
    const second = await writeArticle("Waar vind ik mijn contract?");
    const taken = await asEditor(request(app).patch(`/api/v1/faqs/${second.slug}`)).send({
      slug: first.slug,
    });
    expect(taken.status).toBe(409);
    expect(taken.headers["content-type"]).toContain("application/problem+json");

    await asEditor(request(app).patch(`/api/v1/faqs/${first.slug}`)).send({ slug: "facturen-vinden" });
    const onceUsed = await asEditor(request(app).patch(`/api/v1/faqs/${second.slug}`)).send({
      slug: first.slug,
    });
    expect(onceUsed.status).toBe(409);
    expect(onceUsed.body.errors).toEqual([
      expect.objectContaining({ path: "body.slug", code: "slug_taken" }),
    ]);
    // The old link still leads to the article it was made for.
    expect((await request(app).get(`/api/v1/faqs/${first.slug}`).redirects(0)).headers.location).toBe(
      "/api/v1/faqs/facturen-vinden",
    );

    for (const body of [
      { slug: "Met Hoofdletters" },
      { slug: "suggestions" },
      { title: "Nieuw", expectedUpdatedAt: "gisteren" },
      { expectedUpdatedAt: second.updatedAt },
      {},
    ]) {
      const answer = await asEditor(request(app).patch(`/api/v1/faqs/${second.slug}`)).send(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.code).toBe("validation_failed");
    }
    // A version that never was the article's is a conflict, not an overwrite.
    const stale = await asEditor(request(app).patch(`/api/v1/faqs/${second.slug}`)).send({
      title: "Mijn contract terugvinden",
      expectedUpdatedAt: "2020-01-01T00:00:00.000Z",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.title).toBe("Waar vind ik mijn contract?");
  });
});

describe("FAQ categories: create, rename, order", () => {
  const names = async () =>
    ((await request(app).get("/api/v1/faq-categories")).body.items as { slug: string; name: string }[]).map(
      (item) => item.slug,
    );

  it("customer service adds a category (shown last), renames it (the slug stays) and reorders them all", async () => {
    const created = await asEditor(request(app).post("/api/v1/faq-categories")).send({
      name: "Telefonie & VoIP",
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ slug: "telefonie-voip", name: "Telefonie & VoIP" });
    expect((await names()).at(-1)).toBe("telefonie-voip");

    const renamed = await asEditor(request(app).patch("/api/v1/faq-categories/telefonie-voip")).send({
      name: "Bellen via internet",
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ slug: "telefonie-voip", name: "Bellen via internet" });

    const reversed = (await names()).reverse();
    const ordered = await asEditor(request(app).put("/api/v1/faq-category-order")).send({ slugs: reversed });
    expect(ordered.status).toBe(200);
    expect(ordered.body.items.map((item: { slug: string }) => item.slug)).toEqual(reversed);
    expect(await names()).toEqual(reversed);
  });

  it("refuses an incomplete or repeated order, a duplicate slug, a bad name, an unknown category, and non-editors", async () => {
    const current = await names();
    const order = (slugs: unknown) =>
      asEditor(request(app).put("/api/v1/faq-category-order")).send({ slugs });
    for (const slugs of [current.slice(1), [...current, "bestaat-niet"], [...current, current[0]], [], "x"]) {
      const answer = await order(slugs);
      expect(answer.status, JSON.stringify(slugs)).toBe(400);
      expect(answer.body.code).toBe("validation_failed");
    }
    // A refused order changes nothing.
    expect(await names()).toEqual(current);

    const first = current[0] ?? "";
    const duplicate = await asEditor(request(app).post("/api/v1/faq-categories")).send({
      name: "Nog een keer",
      slug: first,
    });
    expect(duplicate.status).toBe(409);
    for (const body of [{ name: "x" }, { name: "Goed", slug: "Niet Goed" }, {}]) {
      expect((await asEditor(request(app).post("/api/v1/faq-categories")).send(body)).status).toBe(400);
    }
    expect(
      (await asEditor(request(app).patch("/api/v1/faq-categories/bestaat-niet")).send({ name: "Iets" }))
        .status,
    ).toBe(404);
    const asAgent = await request(app)
      .post("/api/v1/faq-categories")
      .set(bearer(agentToken))
      .send({ name: "Van een agent" });
    expect(asAgent.status).toBe(404);
    expect((await request(app).put("/api/v1/faq-category-order").send({ slugs: current })).status).toBe(401);
  });
});
