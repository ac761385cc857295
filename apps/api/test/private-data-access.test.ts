// The access log of private data: every time staff are shown a customer's address, IBAN or date of
// birth, one record (who, when, which customer, which fields, where); none for anyone else; nobody
// can change it; admins and customer service read it.
import { SCREEN_HEADER, type StaffRole } from "@helpdesk/contracts";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { db } = testApp;

const logOf = (customerId: string) =>
  db.privateDataAccess.findMany({ where: { customerId }, orderBy: { createdAt: "asc" } });

let customer: Awaited<ReturnType<typeof createCustomer>>;
beforeEach(async () => {
  customer = await createCustomer(db, { name: `Inzage ${Date.now()}` });
});

describe("viewing a customer", () => {
  for (const role of ["customer_service", "billing", "admin"] as StaffRole[]) {
    it(`by ${role} writes exactly one record: who, which customer, which fields, where`, async () => {
      const { staff, token } = await signedInStaff(testApp, role);
      const response = await as(token).get(`/customers/${customer.id}`).set(SCREEN_HEADER, "agent-ticket");
      expect(response.status).toBe(200);
      expect(response.body.iban).toBe(customer.iban);

      const log = await logOf(customer.id);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        staffId: staff.id,
        customerId: customer.id,
        fields: ["postalAddress", "iban", "dateOfBirth"],
        source: "GET /customers/{id}",
        screen: "agent-ticket",
      });
    });
  }

  it("by roles that are not shown private fields, or by the customer themself, writes nothing", async () => {
    for (const role of ["agent", "phone_desk"] as StaffRole[]) {
      const { token } = await signedInStaff(testApp, role);
      await as(token).get(`/customers/${customer.id}`);
    }
    const own = await signedInCustomer(testApp);
    expect((await as(own.token).get(`/customers/${own.customer.id}`)).body.iban).toBe(own.customer.iban);
    expect(await logOf(customer.id)).toHaveLength(0);
    expect(await logOf(own.customer.id)).toHaveLength(0);
  });

  it("a screen name that is not a plain name is not stored", async () => {
    const { token } = await signedInStaff(testApp, "customer_service");
    await as(token).get(`/customers/${customer.id}`).set(SCREEN_HEADER, "<script>x</script>");
    expect((await logOf(customer.id))[0]?.screen).toBeNull();
  });

  it("a search that shows private fields writes one record per customer shown, and none for agents", async () => {
    const marker = `zoek-${Date.now()}`;
    const found = await Promise.all([1, 2, 3].map(() => createCustomer(db, { name: `${marker} klant` })));
    const agent = await signedInStaff(testApp, "agent");
    expect((await as(agent.token).get("/customers", { q: marker })).body.items).toHaveLength(3);
    const billing = await signedInStaff(testApp, "billing");
    const page = await as(billing.token).get("/customers", { q: marker, limit: "2" });
    expect(page.body.items).toHaveLength(2);

    const shown = new Set(page.body.items.map((item: { id: string }) => item.id));
    for (const each of found) {
      const log = await logOf(each.id);
      expect(log).toHaveLength(shown.has(each.id) ? 1 : 0);
      if (shown.has(each.id))
        expect(log[0]).toMatchObject({ staffId: billing.staff.id, source: "GET /customers" });
    }
  });
});

describe("the log itself", () => {
  it("cannot be changed or deleted, not even by the database owner", async () => {
    const { token } = await signedInStaff(testApp, "customer_service");
    await as(token).get(`/customers/${customer.id}`);
    await expect(
      db.$executeRaw`UPDATE private_data_access_log SET fields = '{}' WHERE customer_id = ${customer.id}::uuid`,
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(
      db.$executeRaw`DELETE FROM private_data_access_log WHERE customer_id = ${customer.id}::uuid`,
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.$executeRaw`TRUNCATE private_data_access_log`).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    expect(await logOf(customer.id)).toHaveLength(1);
  });

  it("is read per customer by admins and customer service, newest first, with the staff member's name", async () => {
    const viewer = await signedInStaff(testApp, "billing", { name: "Bea Boekhouding" });
    await as(viewer.token).get(`/customers/${customer.id}`).set(SCREEN_HEADER, "customer-search");
    await as(viewer.token).get(`/customers/${customer.id}`).set(SCREEN_HEADER, "agent-ticket");

    for (const role of ["admin", "customer_service"] as StaffRole[]) {
      const { token } = await signedInStaff(testApp, role);
      const response = await as(token).get(`/customers/${customer.id}/private-data-access`, { limit: "1" });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({
          staff: { id: viewer.staff.id, name: "Bea Boekhouding", role: "billing" },
          customerId: customer.id,
          screen: "agent-ticket",
        }),
      ]);
      const next = await as(token).get(`/customers/${customer.id}/private-data-access`, {
        limit: "1",
        cursor: response.body.nextCursor,
      });
      expect(next.body.items.map((item: { screen: string }) => item.screen)).toEqual(["customer-search"]);
      expect(next.body.nextCursor).toBeNull();
    }
  });

  it("is read per staff member by admins only", async () => {
    const viewer = await signedInStaff(testApp, "customer_service");
    await as(viewer.token).get(`/customers/${customer.id}`);
    const admin = await signedInStaff(testApp, "admin");
    const response = await as(admin.token).get(`/staff/${viewer.staff.id}/private-data-access`);
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { customerId: string }) => item.customerId)).toEqual([customer.id]);
    expect((await as(viewer.token).get(`/staff/${viewer.staff.id}/private-data-access`)).status).toBe(404);
  });
});
