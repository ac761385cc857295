import { afterAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff } from "./factories.ts";
import { createFaqArticle, createFaqCategory } from "./faq-factories.ts";
import { createApiTokenAs, httpCallers, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

// `updated_since` on the lists of records that change (issue 17): a sync asks only for what changed.
const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { token: admin } = await signedInStaff(testApp, "admin");
const { token: customerService } = await signedInStaff(testApp, "customer_service");
const { token: billing } = await signedInStaff(testApp, "billing");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

/** An instant strictly between what was written before and what is written after. */
async function instantBetween() {
  await sleep(20);
  const instant = new Date().toISOString();
  await sleep(20);
  return instant;
}

/** Every item of a list, following `nextCursor` with small pages. */
async function allPages(token: string, path: string, query: Record<string, string>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await as(token).get(path, { ...query, limit: "2", ...(cursor ? { cursor } : {}) });
    expect(page.status, page.text).toBe(200);
    seen.push(...ids(page.body));
    cursor = page.body.nextCursor;
  } while (cursor);
  return seen;
}

describe("updated_since on lists of records", () => {
  it("customers: only those changed since, through a billing change too, and without search words", async () => {
    const unchanged = await createCustomer(testApp.db);
    const renamed = await createCustomer(testApp.db);
    const billed = await createCustomer(testApp.db, { name: "Jaarbetaler" });
    const since = await instantBetween();
    await testApp.db.customer.update({ where: { id: renamed.id }, data: { name: "Nieuwe naam" } });
    const service = await testApp.db.customerService.findFirstOrThrow({
      where: { customerId: billed.id, billingPeriod: "monthly" },
    });
    const change = await as(billing).patch(`/customers/${billed.id}/billing`, {
      services: [{ id: service.id, billingPeriod: "yearly" }],
      reason: "Per jaar betalen, gevraagd per ticket",
    });
    expect(change.status, change.text).toBe(200);

    const changed = await allPages(customerService, "/customers", { updated_since: since });
    expect(changed).toEqual(expect.arrayContaining([renamed.id, billed.id]));
    expect(changed).not.toContain(unchanged.id);
    // Without words and without a time: every customer, page by page.
    const everyone = await allPages(customerService, "/customers", {});
    expect(everyone).toEqual(expect.arrayContaining([unchanged.id, renamed.id, billed.id]));
    expect(new Set(everyone).size).toBe(everyone.length);
  });

  it("customers: a token with the agent role syncs the support view, never private fields", async () => {
    const customer = await createCustomer(testApp.db);
    const { secret } = await createApiTokenAs(testApp, admin, {
      name: "CRM-koppeling",
      role: "agent",
      scopes: ["customers:read"],
    });
    const page = await as(secret).get("/customers", { updated_since: "2000-01-01T00:00:00Z", limit: "100" });
    expect(page.status, page.text).toBe(200);
    expect(page.text).not.toContain(customer.iban ?? "no iban");
    expect(page.text).not.toContain("Privéstraat");
    for (const item of page.body.items) expect(item.view).toBe("support");
  });

  it("staff: only members changed since", async () => {
    const unchanged = await createStaff(testApp.db, "agent");
    const promoted = await createStaff(testApp.db, "agent");
    const since = await instantBetween();
    const change = await as(admin).patch(`/staff/${promoted.id}`, { role: "customer_service" });
    expect(change.status, change.text).toBe(200);
    const changed = await allPages(admin, "/staff", { updated_since: since });
    expect(changed).toContain(promoted.id);
    expect(changed).not.toContain(unchanged.id);
  });

  it("FAQ articles: only articles changed since", async () => {
    const category = await createFaqCategory(testApp.db);
    const unchanged = await createFaqArticle(testApp.db, category.id);
    const edited = await createFaqArticle(testApp.db, category.id);
    const since = await instantBetween();
    await testApp.db.faqArticle.update({ where: { id: edited.id }, data: { body: "Een beter antwoord." } });
    const changed = await allPages(admin, "/faqs", { updated_since: since });
    expect(changed).toContain(edited.id);
    expect(changed).not.toContain(unchanged.id);
  });

  it.each(["/customers", "/staff", "/faqs", "/tickets"])(
    "%s: a malformed instant is a 400 naming the field",
    async (path) => {
      const response = await as(admin).get(path, { updated_since: "gisteren" });
      expect(response.status).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(JSON.stringify(response.body.errors)).toContain("updated_since");
    },
  );
});
