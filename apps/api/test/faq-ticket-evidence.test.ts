import { afterAll, describe, expect, it } from "vitest";
import { importFaqContent } from "../../../prisma/seed/faq/import-faq.ts";
import { createFaqUsageService } from "../src/modules/faq/faq-usage.service.ts";
import { createMessage, createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

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

    const { customer, token: customerToken } = await signedInCustomer(testApp);
    const { staff, token: agent } = await signedInStaff(testApp, "agent");
    // The team answered with a link to the article; the ticket waits on the customer.
    const ticket = await createTicket(testApp.db, {
      requester: customer,
      category: "billing",
      subject: "Rekeningnummer veranderen",
      message: "Nieuwe bank",
      details: { request: "iban_change" },
      status: "pending",
    });
    await createMessage(testApp.db, ticket, {
      from: "team",
      author: staff,
      body: `Dat kan via Mijn Account: http://localhost:5173/faq/${article.slug}`,
    });
    const solve = () => as(agent).patch(`/tickets/${ticket.id}`, { status: "solved" });
    await solve().expect(200);
    await as(customerToken).patch(`/tickets/${ticket.id}`, { status: "open" }).expect(200);
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
