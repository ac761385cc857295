import { customerEventListSchema, customerFullViewSchema } from "@helpdesk/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createTicket } from "./factories.ts";
import { httpCallers, signedInStaff, signIn } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

let billing: { token: string; name: string };
let agent: string;
let service: string;

beforeAll(async () => {
  const member = await signedInStaff(testApp, "billing");
  billing = { token: member.token, name: member.staff.name };
  agent = (await signedInStaff(testApp, "agent")).token;
  service = (await signedInStaff(testApp, "customer_service")).token;
});

async function customerWithHosting() {
  const customer = await createCustomer(testApp.db);
  const hosting = await testApp.db.customerService.findFirstOrThrow({
    where: { customerId: customer.id, kind: "hosting" },
  });
  return { customer, hosting };
}

const reason = "Klant vraagt per ticket om per jaar te betalen";

describe("billing changes a customer's billing", () => {
  it("changes a billing period with a reason, and the audit trail says who, what and why", async () => {
    const { customer, hosting } = await customerWithHosting();
    const response = await as(billing.token).patch(`/customers/${customer.id}/billing`, {
      reason,
      services: [{ id: hosting.id, billingPeriod: "yearly" }],
    });
    expect(response.status, response.text).toBe(200);
    const view = customerFullViewSchema.parse(response.body);
    expect(view.services.find((s) => s.id === hosting.id)?.billingPeriod).toBe("yearly");

    const events = customerEventListSchema.parse(
      (await as(service).get(`/customers/${customer.id}/events`)).body,
    ).items;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "billing_changed",
      reason,
      actor: { name: billing.name },
      changes: [
        {
          field: "billingPeriod",
          serviceId: hosting.id,
          serviceName: hosting.name,
          before: "monthly",
          after: "yearly",
        },
      ],
    });
  });

  it("changes the IBAN (spaces and lower case are tidied) and the trail never holds its value", async () => {
    const { customer } = await customerWithHosting();
    const response = await as(billing.token).patch(`/customers/${customer.id}/billing`, {
      reason: "Nieuwe bankrekening per brief",
      iban: "nl91 abna 0417 1643 00",
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.iban).toBe("NL91ABNA0417164300");
    const trail = await as(billing.token).get(`/customers/${customer.id}/events`);
    expect(trail.body.items[0].changes).toEqual([{ field: "iban", change: "changed" }]);
    expect(trail.text).not.toContain("NL91ABNA0417164300");
    expect(trail.text).not.toContain(customer.iban ?? "no iban");
  });

  it("the same form sent twice at once records one change", async () => {
    const { customer, hosting } = await customerWithHosting();
    const send = () =>
      as(billing.token).patch(`/customers/${customer.id}/billing`, {
        reason,
        services: [{ id: hosting.id, billingPeriod: "yearly" }],
      });
    const responses = await Promise.all([send(), send()]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const trail = await as(billing.token).get(`/customers/${customer.id}/events`);
    expect(trail.body.items).toHaveLength(1);
  });

  it("bad input answers 400 with the field at fault, and changes nothing", async () => {
    const { customer, hosting } = await customerWithHosting();
    const other = await customerWithHosting();
    const cases: [unknown, string][] = [
      [{ services: [{ id: hosting.id, billingPeriod: "yearly" }] }, "body.reason"],
      [{ reason: "x", iban: null }, "body.reason"],
      [{ reason, iban: "NL00ABNA0417164300" }, "body.iban"],
      [{ reason, iban: "geen rekening" }, "body.iban"],
      [{ reason, services: [{ id: hosting.id, billingPeriod: "weekly" }] }, "body.services.0.billingPeriod"],
      [{ reason, services: [{ id: other.hosting.id, billingPeriod: "yearly" }] }, "body.services.0.id"],
    ];
    for (const [body, path] of cases) {
      const response = await as(billing.token).patch(`/customers/${customer.id}/billing`, body as object);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const after = await testApp.db.customerService.findUniqueOrThrow({ where: { id: other.hosting.id } });
    expect(after.billingPeriod).toBe("monthly");
    expect((await as(billing.token).get(`/customers/${customer.id}/events`)).body.items).toEqual([]);
  });

  it("nobody else can: staff who see the customer get 403, a customer 404, and nothing changes", async () => {
    const { customer, hosting } = await customerWithHosting();
    const own = await signIn(testApp, customer.email);
    const body = { reason, services: [{ id: hosting.id, billingPeriod: "yearly" }], iban: null };
    for (const [token, status] of [
      [agent, 403],
      [service, 403],
      [(await signedInStaff(testApp, "admin")).token, 403],
      [(await signedInStaff(testApp, "phone_desk")).token, 404],
      [own.accessToken, 404],
    ] as const) {
      const response = await as(token).patch(`/customers/${customer.id}/billing`, body);
      expect(response.status).toBe(status);
    }
    const unchanged = await testApp.db.customer.findUniqueOrThrow({
      where: { id: customer.id },
      select: { iban: true, services: { select: { billingPeriod: true }, where: { id: hosting.id } } },
    });
    expect(unchanged).toEqual({ iban: customer.iban, services: [{ billingPeriod: "monthly" }] });
  });

  it("an unknown customer answers 404 to billing", async () => {
    const response = await as(billing.token).patch(
      "/customers/5b0c8f0e-1d9a-4f59-9a43-0f0d2a3c4b5e/billing",
      { reason, iban: null },
    );
    expect(response.status).toBe(404);
  });

  it("agents do not get the audit trail (404)", async () => {
    const { customer } = await customerWithHosting();
    expect((await as(agent).get(`/customers/${customer.id}/events`)).status).toBe(404);
  });
});

describe("a customer's tickets on the customer page", () => {
  it("staff filter the list by customer and get that customer's tickets only", async () => {
    const { customer } = await customerWithHosting();
    const other = await createCustomer(testApp.db);
    const mine = await createTicket(testApp.db, { requester: customer });
    await createTicket(testApp.db, { requester: other });
    const response = await as(agent).get(`/tickets?customer=${customer.id}`);
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([mine.id]);
    expect((await as(agent).get("/tickets?customer=nope")).status).toBe(400);
  });
});
