import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createFaqUsageService } from "../src/modules/faq/faq-usage.service.ts";
import { createCustomer, createStaff, signIn } from "./factories.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

describe("learning from solved tickets", () => {
  it("a ticket solved with an FAQ link becomes evidence for that article, once", async () => {
    await importFaqContent(testApp.db);
    const article = await testApp.db.faqArticle.findFirstOrThrow({
      where: { title: { contains: "IBAN" } },
      select: { id: true, slug: true },
    });
    const usage = createFaqUsageService({ db: testApp.db });
    const query = "rekeningnummer veranderen";
    expect((await usage.boostsFor(query, [article.id])).get(article.id) ?? 0).toBe(0);

    const customer = (await signIn(testApp, (await createCustomer(testApp.db)).email)).accessToken;
    const agent = (await signIn(testApp, (await createStaff(testApp.db, "agent")).email)).accessToken;
    const { body: ticket } = await request(testApp.app)
      .post("/api/v1/tickets")
      .set("Authorization", `Bearer ${customer}`)
      .send({
        category: "billing",
        subject: "Rekeningnummer veranderen",
        message: "Nieuwe bank",
        details: { request: "iban_change" },
      });
    await request(testApp.app)
      .post(`/api/v1/tickets/${ticket.id}/messages`)
      .set("Authorization", `Bearer ${agent}`)
      .send({ body: `Dat kan via Mijn Account: http://localhost:5173/faq/${article.slug}` })
      .expect(201);
    const solve = () =>
      request(testApp.app)
        .patch(`/api/v1/tickets/${ticket.id}`)
        .set("Authorization", `Bearer ${agent}`)
        .send({ status: "solved" });
    await solve().expect(200);
    await request(testApp.app)
      .patch(`/api/v1/tickets/${ticket.id}`)
      .set("Authorization", `Bearer ${customer}`)
      .send({ status: "open" })
      .expect(200);
    await solve().expect(200);

    const evidence = await testApp.db.faqSuggestionEvent.findMany({ where: { formSessionId: ticket.id } });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ type: "answered_ticket", articleId: article.id });
    expect(evidence[0]?.queryWords).toEqual(expect.arrayContaining(["rekeningnummer", "veranderen"]));
    // Bounded: one ticket lifts the article a little, never past the cap.
    const boost = (await usage.boostsFor(query, [article.id])).get(article.id) ?? 0;
    expect(boost).toBeGreaterThan(0);
    expect(boost).toBeLessThanOrEqual(0.08);
  });
});
