import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createFaqArticle } from "./faq-factories.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const { app, db } = testApp;
afterAll(() => testApp.close());
beforeAll(async () => {
  await importFaqContent(db);
});

async function suggest(q: string, extra: Record<string, string | number> = {}) {
  const response = await request(app)
    .get("/api/v1/faqs/suggestions")
    .query({ q, ...extra });
  expect(response.status, response.text).toBe(200);
  return response.body.items as {
    slug: string;
    title: string;
    url: string;
    snippet: string;
    highlights: { start: number; end: number }[];
    language: "nl" | "en";
    translationOf: string | null;
    score: number;
  }[];
}
const slugs = async (q: string, extra: Record<string, string | number> = {}) =>
  (await suggest(q, extra)).map((item) => item.slug);

describe("FAQ suggestions while typing", () => {
  it("puts the article whose title asks the question first, with its link and a snippet", async () => {
    const [first] = await suggest("Hoe kan ik mijn abonnement opzeggen?");
    expect(first).toMatchObject({
      slug: "hoe-kan-ik-mijn-abonnement-opzeggen",
      url: "http://localhost:5173/faq/hoe-kan-ik-mijn-abonnement-opzeggen",
    });
    expect(first?.snippet).toMatch(/opzeggen/);
    // The snippet starts on a whole word, and its ranges mark words that were asked for.
    expect(first?.snippet).toMatch(/^\p{Lu}/u);
    const marked = (first?.highlights ?? []).map((range) => first?.snippet.slice(range.start, range.end));
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word?.toLowerCase()).toMatch(/opzeg|abonnement/);
    expect(first?.score).toBeGreaterThan(0.5);
  });

  it("matches any word, not all of them, and folds accents", async () => {
    expect((await slugs("ik wil graag mijn ibans wijzigen zonder gedoe"))[0]).toBe(
      "hoe-wijzig-ik-mijn-iban-bankrekening-voor-de-automatische-incasso-s",
    );
    expect(await slugs("geinstalleerde scripts op mijn website")).toContain(
      "ik-heb-een-probleem-met-mijn-website-kunnen-jullie-helpen",
    );
  });

  it("completes the unfinished last word", async () => {
    expect((await slugs("remote sup", { lang: "nl" }))[0]).toBe("hoe-kan-ik-remote-support-krijgen");
    expect((await slugs("incassomacht", { lang: "nl" }))[0]).toBe("wat-is-een-digitale-incassomachtiging");
  });

  it("splits Dutch compounds and tolerates typos", async () => {
    expect((await slugs("bankrekeningnummer aanpassen ", { lang: "nl" }))[0]).toBe(
      "hoe-wijzig-ik-mijn-iban-bankrekening-voor-de-automatische-incasso-s",
    );
    expect(await slugs("abonement opzegen ")).toContain("hoe-kan-ik-mijn-abonnement-opzeggen");
  });

  it("understands English, and answers it with the English version", async () => {
    expect((await slugs("how do I cancel my subscription?"))[0]).toBe("how-can-i-cancel-my-subscription");
    expect((await slugs("can I get a refund?"))[0]).toBe("i-have-cancelled-will-i-get-money-back");
    // What the text is written in counts above the language chosen in the app.
    expect((await slugs("how do I cancel my subscription?", { lang: "nl" }))[0]).toBe(
      "how-can-i-cancel-my-subscription",
    );
  });

  it("starts the snippet with the article's first word, not the second", async () => {
    const [review] = await suggest("diensten beoordelen");
    expect(review?.snippet).toMatch(/^U kunt onze diensten beoordelen/);
    expect(review?.highlights.map((range) => review.snippet.slice(range.start, range.end))).toContain(
      "beoordelen",
    );
  });

  it("answers in the customer's language where the article has a version in it, marked as a translation", async () => {
    const [english] = await suggest("I would like to cancel my subscription, how do I do that?");
    expect(english).toMatchObject({
      slug: "how-can-i-cancel-my-subscription",
      language: "en",
      translationOf: "hoe-kan-ik-mijn-abonnement-opzeggen",
    });
    // The language chosen in the app decides when the text does not say.
    expect((await suggest("opzeggen", { lang: "en" }))[0]?.language).toBe("en");
    const [dutch] = await suggest("Ik wil mijn abonnement opzeggen, hoe doe ik dat?", { lang: "en" });
    expect(dutch).toMatchObject({
      slug: "hoe-kan-ik-mijn-abonnement-opzeggen",
      language: "nl",
      translationOf: null,
    });
    // One answer, once: never the original and its translation side by side.
    const all = await suggest("cancel subscription opzeggen abonnement", { limit: 10 });
    expect(
      all.filter((item) => item.slug.includes("abonnement-opzeggen") || item.slug.includes("cancel-my-sub")),
    ).toHaveLength(1);
  });

  it("answers an empty list when nothing is relevant, instead of padding", async () => {
    expect(await suggest("hoe installeer ik een ssl certificaat op mijn vps")).toEqual([]);
    expect(await suggest("ik wil")).toEqual([]);
    expect(await suggest("")).toEqual([]);
    expect(await suggest("lukt niet")).toEqual([]);
  });

  it("respects the limit and never suggests drafts", async () => {
    expect(await suggest("opzeggen", { limit: 1 })).toHaveLength(1);
    const category = await db.faqCategory.findUniqueOrThrow({ where: { slug: "opzeggen" } });
    await createFaqArticle(db, category.id, { title: "Geheim concept over opzeggen", status: "draft" });
    expect((await suggest("geheim concept opzeggen")).map((item) => item.title)).not.toContain(
      "Geheim concept over opzeggen",
    );
  });

  it("finds an article at once when another process (a seed import, psql) has just published it", async () => {
    expect(await slugs("zonnepanelen")).toEqual([]);
    const category = await db.faqCategory.findUniqueOrThrow({ where: { slug: "opzeggen" } });
    const article = await createFaqArticle(db, category.id, { title: "Storing aan de zonnepanelen?" });
    expect(await slugs("zonnepanelen")).toEqual([article.slug]);
  });

  it("stops suggesting an article at once when another process unpublishes it", async () => {
    // The titles and keywords are held in memory and refreshed after a while; the database still
    // has the last word on what is published.
    const first = (await suggest("wachtwoord vergeten"))[0];
    expect(first).toBeDefined();
    await db.faqArticle.update({ where: { slug: first?.slug ?? "" }, data: { status: "draft" } });
    try {
      expect(await slugs("wachtwoord vergeten")).not.toContain(first?.slug);
    } finally {
      await db.faqArticle.update({ where: { slug: first?.slug ?? "" }, data: { status: "published" } });
    }
  });

  it("finds the article for a whole ticket text, subject and message together, as the form sends them", async () => {
    expect(
      (
        await slugs(
          "Ander rekeningnummer Wij zijn overgestapt naar een andere bank. Vanaf volgende maand graag het bedrag van ons nieuwe rekeningnummer afschrijven.",
        )
      )[0],
    ).toBe("hoe-wijzig-ik-mijn-iban-bankrekening-voor-de-automatische-incasso-s");
    const [outage] = await slugs(
      "Storing website en mail Sinds vanochtend rond 9 uur is onze website niet meer bereikbaar. Ook komt er geen mail meer binnen. Wat is er aan de hand en wanneer is het opgelost?",
    );
    expect([
      "hoe-meld-ik-een-storing-of-probleem",
      "ik-heb-een-probleem-met-mijn-website-kunnen-jullie-helpen",
    ]).toContain(outage);
    expect(
      (
        await slugs(
          "Refund I cancelled my hosting last week but I had paid for the whole year in advance. Will I get a refund for the remaining months?",
        )
      )[0],
    ).toBe("i-have-cancelled-will-i-get-money-back");
  });

  it("suggests nothing for a whole text the FAQ does not answer", async () => {
    expect(
      await slugs(
        "Nieuwsbrief tool Welke nieuwsbrief tool kunnen jullie aanraden voor een kleine vereniging? We willen elke maand een nieuwsbrief sturen en hebben ongeveer 300 leden.",
      ),
    ).toEqual([]);
    expect(
      await slugs(
        "Windows hosting? Do you offer windows hosting with IIS and .NET support? Our intranet needs it.",
      ),
    ).toEqual([]);
  });

  it("suggests nothing when a whole text shares only one idea with an article's title and keywords", async () => {
    // "storing" alone is what the outage article shares with a customer's broken home internet.
    expect(
      await slugs(
        "Storing bij Ziggo Sinds gisteren doet het internet thuis het niet meer en het modem knippert oranje. Hebben jullie daar ook last van?",
      ),
    ).toEqual([]);
    // "domain" alone is what a question about another registrar's prices shares with the FAQ.
    expect(
      await slugs(
        "Domain prices Another registrar sells a .nl domain for 4 euros the first year. What do you charge for a domain like that?",
      ),
    ).toEqual([]);
  });

  it("refuses a limit above 10 and a query longer than 500 characters", async () => {
    expect((await request(app).get("/api/v1/faqs/suggestions").query({ q: "x", limit: 11 })).status).toBe(
      400,
    );
    expect(
      (
        await request(app)
          .get("/api/v1/faqs/suggestions")
          .query({ q: "x".repeat(501) })
      ).status,
    ).toBe(400);
  });
});
