// Finding: the phone desk, filing a callback with an existing customer's address, got back that
// customer's registered name and id and then saw the whole thread. It sees only what it entered.
import { afterAll, expect, it } from "vitest";
import { createCustomer, createMessage, createStaff } from "../factories.ts";
import { httpCallers, signedInStaff } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

it("the phone desk filing a callback with a customer's address sees only what it entered, never the customer or the thread", {
  timeout: 90_000,
}, async () => {
  const customer = await createCustomer(testApp.db, { name: "Registered Name Geheim" });
  const agent = await createStaff(testApp.db, "agent", { name: "Agent Achternaam" });
  const { token: phone } = await signedInStaff(testApp, "phone_desk");

  const filed = await as(phone).post("/tickets", {
    category: "callback",
    subject: "Terugbelverzoek",
    message: "Wil teruggebeld worden over de factuur",
    email: customer.email,
    details: { callerName: "Beller Opgegeven", phone: "+31 20 123 4567", preferredTime: "na 14:00" },
  });
  expect(filed.status, filed.text).toBe(201);
  const id: string = filed.body.id;
  // Others write on the ticket: the customer, an agent's reply and an internal note.
  const ticket = { id };
  await createMessage(testApp.db, ticket, {
    from: "customer",
    author: customer,
    body: "Bericht van de klant zelf",
  });
  await createMessage(testApp.db, ticket, { from: "team", author: agent, body: "Antwoord van het team" });
  await createMessage(testApp.db, ticket, { from: "internal", author: agent, body: "Interne notitie" });

  const secrets = [customer.id, customer.email, "Registered Name Geheim", "Agent Achternaam", agent.id];
  const othersWords = ["Bericht van de klant zelf", "Antwoord van het team", "Interne notitie"];

  const page = await as(phone).get(`/tickets/${id}`);
  expect(page.status, page.text).toBe(200);
  for (const value of [...secrets, ...othersWords]) expect(page.text).not.toContain(value);
  expect(page.body).toMatchObject({
    id,
    subject: "Terugbelverzoek",
    status: expect.any(String),
    details: { callerName: "Beller Opgegeven", phone: "+31 20 123 4567", preferredTime: "na 14:00" },
  });
  expect(page.body.messages.map((message: { body: string }) => message.body)).toEqual([
    "Wil teruggebeld worden over de factuur",
  ]);

  const list = await as(phone).get("/tickets", { category: "callback" });
  expect(list.status, list.text).toBe(200);
  expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  for (const value of secrets) expect(list.text).not.toContain(value);
  // Searching its list by the customer's name or address finds nothing: they are not the desk's to know.
  for (const q of ["Registered Name", customer.email]) {
    const search = await as(phone).get("/tickets", { q });
    expect(search.status, search.text).toBe(200);
    expect(search.body.items).toEqual([]);
  }
  // The audit trail names staff and customers: not the phone desk's either.
  expect((await as(phone).get(`/tickets/${id}/events`)).status).toBe(404);
});
