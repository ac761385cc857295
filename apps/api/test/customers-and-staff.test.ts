import { customerFullViewSchema, customerSupportViewSchema } from "@helpdesk/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff } from "./factories.ts";
import { accessTokenOf, httpCallers, signedInStaff, signIn } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

let agent: string;
let service: string;
let admin: string;
let customer: Awaited<ReturnType<typeof createCustomer>>;

beforeAll(async () => {
  customer = await createCustomer(testApp.db, { name: "Margriet Zoekbaar" });
  agent = (await signedInStaff(testApp, "agent")).token;
  service = (await signedInStaff(testApp, "customer_service")).token;
  admin = (await signedInStaff(testApp, "admin")).token;
});

describe("customer records", () => {
  it("support agents get contact and technical data only, with no private keys at all", async () => {
    const response = await as(agent).get(`/customers/${customer.id}`);
    expect(response.status).toBe(200);
    const view = customerSupportViewSchema.strict().parse(response.body);
    expect(view.services.map((service) => service.kind).sort()).toEqual(["domain", "hosting"]);
    expect(Object.keys(response.body)).not.toEqual(expect.arrayContaining(["postalAddress"]));
    expect(response.body).not.toHaveProperty("iban");
    expect(response.body).not.toHaveProperty("dateOfBirth");
  });

  it("customer service sees everything", async () => {
    const response = await as(service).get(`/customers/${customer.id}`);
    const view = customerFullViewSchema.parse(response.body);
    expect(view).toMatchObject({
      iban: customer.iban,
      postalAddress: customer.postalAddress,
      dateOfBirth: "1975-06-21",
    });
  });

  it("a customer sees their own record in full", async () => {
    const own = await signIn(testApp, customer.email);
    const response = await as(own.accessToken).get(`/customers/${customer.id}`);
    expect(response.body).toMatchObject({ view: "full", iban: customer.iban });
  });

  it("an unknown id answers 404, like a record the caller may not see", async () => {
    const response = await as(agent).get("/customers/5b0c8f0e-1d9a-4f59-9a43-0f0d2a3c4b5e");
    expect(response.status).toBe(404);
    expect((await as(agent).get("/customers/not-a-uuid")).status).toBe(400);
  });

  it("search finds by name, e-mail, phone or domain and pages with a cursor", async () => {
    const second = await createCustomer(testApp.db, { name: "Margriet Tweede" });
    const first = await as(agent).get("/customers?q=margriet&limit=1");
    expect(first.status).toBe(200);
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([customer.id]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await as(agent).get(`/customers?q=margriet&limit=1&cursor=${first.body.nextCursor}`);
    expect(next.body.items.map((item: { id: string }) => item.id)).toEqual([second.id]);
    expect(next.body.nextCursor).toBeNull();
    expect(next.body.items[0]).not.toHaveProperty("iban");

    const domain = await testApp.db.customerService.findFirstOrThrow({
      where: { customerId: customer.id, kind: "domain" },
    });
    const byDomain = await as(service).get(`/customers?q=${domain.name}`);
    expect(byDomain.body.items).toHaveLength(1);
    expect(byDomain.body.items[0]).toMatchObject({ view: "full", id: customer.id });
  });

  it("refuses a forged cursor with a field error", async () => {
    const response = await as(agent).get("/customers?q=x&cursor=bm9wZQ");
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("query.cursor");
  });
});

describe("staff accounts", () => {
  it("an admin invites staff: the account is pending until the member chooses a password", async () => {
    const newAgent = (email: string, name: string) =>
      as(admin).post("/staff", { email, name, role: "agent" });
    const created = await newAgent("New.Agent@Example.test", "New Agent");
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: "new.agent@example.test",
      role: "agent",
      invitationPending: true,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/password/i);

    const duplicate = await newAgent("new.agent@example.test", "Again");
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe("conflict");
  });

  it("refuses unknown roles with field errors", async () => {
    const response = await as(admin).post("/staff", { email: "x@example.test", name: "X", role: "boss" });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(["body.role"]);
  });

  it("lists staff for admins", async () => {
    const response = await as(admin).get("/staff?limit=100");
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash/);
  });

  it("lists the colleagues a ticket can be assigned to for those who work tickets: names and roles, no addresses", async () => {
    const colleague = await createStaff(testApp.db, "billing", { name: "Aaron Assignable" });
    const phone = await createStaff(testApp.db, "phone_desk", { name: "Aaron Phone" });
    const response = await as(agent).get("/staff/assignable");
    expect(response.status).toBe(200);
    const items: { id: string; name: string; role: string }[] = response.body.items;
    expect(items.find((member) => member.id === colleague.id)).toEqual({
      id: colleague.id,
      name: "Aaron Assignable",
      role: "billing",
    });
    // The phone desk works no queue, so nobody can hand it a ticket.
    expect(items.map((member) => member.id)).not.toContain(phone.id);
    expect(items.map((member) => member.role)).not.toContain("phone_desk");
    expect(JSON.stringify(response.body)).not.toContain("@");

    const phoneToken = await accessTokenOf(testApp, phone.email);
    expect((await as(phoneToken).get("/staff/assignable")).status).toBe(404);
    const customerToken = await accessTokenOf(testApp, customer.email);
    expect((await as(customerToken).get("/staff/assignable")).status).toBe(404);
  });
});
