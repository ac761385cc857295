// Billable time from the customer's consent to the invoiced month: the rounding per ticket per month,
// the consent rules (the e-mailed link works once and only for the ticket's customer), the cap,
// the invoicing lock, the CSV (read back by a CSV parser), and that no staff name or billing figure
// reaches a customer it is not about.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTicket } from "./factories.ts";
import { bearer, httpCallers, signedInCustomer, signedInStaff, tokenFromLink } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { api, as } = httpCallers(testApp);
const { db } = testApp;

const agentName = "Annemarie Tijdschrijver";
let admin: string;
let agent: string;
let agent2: string;
let billing: string;
let service: string;
let owner: Awaited<ReturnType<typeof signedInCustomer>>;
let stranger: Awaited<ReturnType<typeof signedInCustomer>>;

const today = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
const tomorrow = () => {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

async function ownersTicket(subject = "Mijn WordPress-plugin werkt niet") {
  return createTicket(db, { requester: owner.customer, subject, message: "Kunnen jullie helpen?" });
}

const logTime = (token: string, ticketId: string, body: object) =>
  as(token).post(`/tickets/${ticketId}/time-entries`, body);

/** Asks consent as the agent and returns the link's token from the customer's e-mail. */
async function askConsent(ticketId: string, body: object = { description: "Plugin-conflict onderzoeken" }) {
  const earlier = new Set(testApp.inbox.messages);
  const asked = await as(agent).post(`/tickets/${ticketId}/consent-requests`, body);
  expect(asked.status, asked.text).toBe(201);
  const mail = await testApp.inbox.waitFor(
    owner.customer.email,
    (m) => !earlier.has(m) && /Toestemming gevraagd/.test(m.subject),
  );
  return { consent: asked.body, token: tokenFromLink(mail.text), mail };
}

async function acceptedTicket(capBlocks?: number) {
  const ticket = await ownersTicket();
  const { token } = await askConsent(ticket.id, {
    description: "Website-script nakijken",
    ...(capBlocks ? { capBlocks } : {}),
  });
  const accepted = await as().post("/consent-links/answer", { token, answer: "accepted" });
  expect(accepted.status, accepted.text).toBe(200);
  return ticket;
}

beforeAll(async () => {
  admin = (await signedInStaff(testApp, "admin")).token;
  agent = (await signedInStaff(testApp, "agent", { name: agentName })).token;
  agent2 = (await signedInStaff(testApp, "agent", { name: "Tweede Agent" })).token;
  billing = (await signedInStaff(testApp, "billing")).token;
  service = (await signedInStaff(testApp, "customer_service")).token;
  owner = await signedInCustomer(testApp, { name: "Olga Eigenaar" });
  stranger = await signedInCustomer(testApp, { name: "Stefan Vreemde" });
  const rate = await as(admin).put("/billing/rate", { centsPerBlock: 2500, vatPercent: 21 });
  expect(rate.status, rate.text).toBe(200);
}, 60_000);

describe("consent before billable time", () => {
  it("refuses billable time without consent and writes nothing", async () => {
    const ticket = await ownersTicket();
    const refused = await logTime(agent, ticket.id, { minutes: 20, billable: true });
    expect(refused.status).toBe(409);
    expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    const list = await as(agent).get(`/tickets/${ticket.id}/time-entries`);
    expect(list.body).toMatchObject({ items: [], billing: { billableMinutes: 0, billedBlocks: 0 } });
    // Time that is not billable needs no consent.
    expect((await logTime(agent, ticket.id, { minutes: 20, billable: false })).status).toBe(201);
  });

  it("e-mails a single-use link that names no agent; only the ticket's customer (or the link alone) answers, once", async () => {
    const ticket = await ownersTicket();
    const { consent, token, mail } = await askConsent(ticket.id, {
      description: "Contactformulier repareren",
      capBlocks: 4,
    });
    expect(consent).toMatchObject({ status: "pending", centsPerBlock: 2500, vatPercent: 21, capBlocks: 4 });
    expect(mail.raw).not.toContain(agentName);
    expect(mail.text).toContain("25,00");
    expect(mail.text).toContain("21% btw");

    const view = await as().post("/consent-links/view", { token });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ ticketId: ticket.id, consent: { id: consent.id, status: "pending" } });

    // Someone else signed in (another customer, or staff) cannot use it.
    expect(
      (await as(stranger.token).post("/consent-links/answer", { token, answer: "accepted" })).status,
    ).toBe(404);
    expect((await as(agent).post("/consent-links/answer", { token, answer: "accepted" })).status).toBe(404);

    // Two clicks at once: one answers, the other finds the link used.
    const answers = await Promise.all([
      as(owner.token).post("/consent-links/answer", { token, answer: "accepted" }),
      as().post("/consent-links/answer", { token, answer: "declined" }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404]);
    const again = await as().post("/consent-links/answer", { token, answer: "declined" });
    expect(again.status).toBe(404);
    expect(again.headers["content-type"]).toMatch(/application\/problem\+json/);

    const billingView = await as(owner.token).get(`/tickets/${ticket.id}/billing`);
    expect(billingView.body.consents).toHaveLength(1);
    expect(billingView.body.consents[0].answeredVia).toBe("email");
    const events = await as(agent).get(`/tickets/${ticket.id}/events`);
    expect(events.body.items.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(["consent_requested", "consent_answered"]),
    );
  });

  it("lets the customer answer in the portal once; others get 404", async () => {
    const ticket = await ownersTicket();
    const { consent } = await askConsent(ticket.id);
    const path = `/tickets/${ticket.id}/consent-requests/${consent.id}/answer`;
    expect((await as(stranger.token).post(path, { answer: "accepted" })).status).toBe(404);
    expect((await as(agent).post(path, { answer: "accepted" })).status).toBe(404);
    const declined = await as(owner.token).post(path, { answer: "declined" });
    expect(declined.status, declined.text).toBe(200);
    expect(declined.body).toMatchObject({ status: "declined", answeredVia: "portal" });
    expect((await as(owner.token).post(path, { answer: "accepted" })).status).toBe(409);
    // A declined consent allows no billable time.
    expect((await logTime(agent, ticket.id, { minutes: 5, billable: true })).status).toBe(409);
  });

  it("keeps the rate a consent was asked with when the admin changes the rate", async () => {
    const ticket = await acceptedTicket();
    expect((await as(admin).put("/billing/rate", { centsPerBlock: 3000, vatPercent: 21 })).status).toBe(200);
    await logTime(agent, ticket.id, { minutes: 15, billable: true });
    const view = await as(owner.token).get(`/tickets/${ticket.id}/billing`);
    expect(view.body.consents[0]).toMatchObject({ centsPerBlock: 2500, blocksUsed: 1 });
    expect((await as(admin).put("/billing/rate", { centsPerBlock: 2500, vatPercent: 21 })).status).toBe(200);
  });

  it("lets billing record an agreement made otherwise, with a reason; agents may not", async () => {
    const ticket = await ownersTicket();
    const path = `/tickets/${ticket.id}/billing-agreements`;
    expect((await as(agent).post(path, { reason: "Telefonisch akkoord" })).status).toBe(404);
    const agreed = await as(billing).post(path, { reason: "Telefonisch akkoord op 12 november" });
    expect(agreed.status, agreed.text).toBe(201);
    expect(agreed.body).toMatchObject({ kind: "agreed_otherwise", status: "accepted", centsPerBlock: 2500 });
    expect((await logTime(agent, ticket.id, { minutes: 10, billable: true })).status).toBe(201);
  });
});

describe("logging time", () => {
  it("refuses zero, negative, more than 24 hours and future dates with problem+json", async () => {
    const ticket = await acceptedTicket();
    for (const body of [
      { minutes: 0, billable: false },
      { minutes: -5, billable: false },
      { minutes: 1441, billable: false },
      { minutes: 1.5, billable: false },
      { minutes: 10, billable: false, date: tomorrow() },
      { minutes: 10, billable: false, date: "2026-13-01" },
    ]) {
      const response = await logTime(agent, ticket.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
    expect((await as(agent).get(`/tickets/${ticket.id}/time-entries`)).body.items).toHaveLength(0);
    expect((await logTime(agent, ticket.id, { minutes: 1440, billable: false, date: today() })).status).toBe(
      201,
    );
  });

  it("bills the ticket in started blocks per month: 20 minutes are 2 blocks, on the staff view and the customer's", async () => {
    const ticket = await acceptedTicket();
    const logged = await logTime(agent, ticket.id, {
      minutes: 20,
      billable: true,
      note: "Plugin bijgewerkt",
    });
    expect(logged.status, logged.text).toBe(201);
    expect(logged.body).toMatchObject({
      minutes: 20,
      billable: true,
      loggedBy: { name: agentName },
      invoiced: false,
    });

    const staffView = await as(agent).get(`/tickets/${ticket.id}`);
    expect(staffView.body.billing).toEqual({ billableMinutes: 20, billedBlocks: 2 });

    await logTime(agent2, ticket.id, { minutes: 8, billable: true });
    const customerView = await as(owner.token).get(`/tickets/${ticket.id}/billing`);
    expect(customerView.status).toBe(200);
    expect(customerView.body).toMatchObject({
      billedBlocks: 2,
      months: [{ billableMinutes: 28, billedBlocks: 2 }],
    });
    expect(customerView.text).not.toContain(agentName);
    expect(customerView.text).not.toContain("Tweede Agent");
    // The customer's own ticket page has no staff billing fields, nor time entries.
    expect((await as(owner.token).get(`/tickets/${ticket.id}`)).body.billing).toBeUndefined();
    expect((await as(owner.token).get(`/tickets/${ticket.id}/time-entries`)).status).toBe(404);
    expect((await as(stranger.token).get(`/tickets/${ticket.id}/billing`)).status).toBe(404);
  });

  it("needs a new consent beyond the cap, also when agents log at the same time", async () => {
    const ticket = await acceptedTicket(4);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        logTime(i % 2 ? agent : agent2, ticket.id, { minutes: 15, billable: true }),
      ),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(4);
    expect(results.filter((result) => result.status === 409)).toHaveLength(6);
    const totals = (await as(agent).get(`/tickets/${ticket.id}/time-entries`)).body.billing;
    expect(totals).toEqual({ billableMinutes: 60, billedBlocks: 4 });
    expect((await as(owner.token).get(`/tickets/${ticket.id}/billing`)).body.billableAllowed).toBe(false);

    const { token } = await askConsent(ticket.id, { description: "Verder met het script", capBlocks: 2 });
    await as().post("/consent-links/answer", { token, answer: "accepted" });
    expect((await logTime(agent, ticket.id, { minutes: 16, billable: true })).status).toBe(201);
  });

  it("counts both of two agents logging at once", async () => {
    const ticket = await acceptedTicket();
    const results = await Promise.all([
      logTime(agent, ticket.id, { minutes: 7, billable: true }),
      logTime(agent2, ticket.id, { minutes: 9, billable: true }),
    ]);
    expect(results.map((result) => result.status)).toEqual([201, 201]);
    expect((await as(agent).get(`/tickets/${ticket.id}`)).body.billing).toEqual({
      billableMinutes: 16,
      billedBlocks: 2,
    });
  });

  it("edits and deletes entries on the audit trail", async () => {
    const ticket = await acceptedTicket();
    const entry = (await logTime(agent, ticket.id, { minutes: 10, billable: true })).body;
    const changed = await as(agent).patch(`/tickets/${ticket.id}/time-entries/${entry.id}`, { minutes: 16 });
    expect(changed.status, changed.text).toBe(200);
    expect((await as(agent).get(`/tickets/${ticket.id}`)).body.billing).toEqual({
      billableMinutes: 16,
      billedBlocks: 2,
    });
    expect(
      (await as(agent).patch(`/tickets/${ticket.id}/time-entries/${entry.id}`, { minutes: 0 })).status,
    ).toBe(400);
    const deleted = await api()
      .delete(`/api/v1/tickets/${ticket.id}/time-entries/${entry.id}`)
      .set(bearer(agent));
    expect(deleted.status).toBe(204);
    const types = (await as(agent).get(`/tickets/${ticket.id}/events`)).body.items.map(
      (e: { type: string }) => e.type,
    );
    expect(types).toEqual(
      expect.arrayContaining(["time_entry_added", "time_entry_changed", "time_entry_deleted"]),
    );
  });
});

describe("statements and invoicing", () => {
  const month = "2026-03";

  it("lists one row per ticket per month with cents, and the CSV reads back the same", async () => {
    const first = await acceptedTicket();
    const second = await acceptedTicket();
    await logTime(agent, first.id, { minutes: 10, billable: true, date: `${month}-02` });
    await logTime(agent2, first.id, { minutes: 10, billable: true, date: `${month}-20` });
    await logTime(agent, first.id, { minutes: 30, billable: false, date: `${month}-20` });
    await logTime(agent, second.id, { minutes: 1, billable: true, date: `${month}-05` });
    await logTime(agent, second.id, { minutes: 15, billable: true, date: "2026-04-01" });

    const statement = await as(billing).get("/billing/statements", { month });
    expect(statement.status, statement.text).toBe(200);
    const rowOf = (id: string) =>
      statement.body.rows.find((row: { ticketId: string }) => row.ticketId === id);
    expect(rowOf(first.id)).toMatchObject({
      billableMinutes: 20,
      billedBlocks: 2,
      amountCents: 5000,
      vatCents: 1050,
      totalCents: 6050,
      customerName: "Olga Eigenaar",
    });
    expect(rowOf(second.id)).toMatchObject({ billableMinutes: 1, billedBlocks: 1, amountCents: 2500 });
    expect(statement.text).not.toContain(agentName);

    const csv = await as(service).get("/billing/statements.csv", { month });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const records: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(records).toHaveLength(statement.body.rows.length);
    const firstRecord = records.find((record) => record.ticket === rowOf(first.id).ticketNumber);
    expect(firstRecord).toMatchObject({
      month,
      customer_name: "Olga Eigenaar",
      billable_minutes: "20",
      blocks_15_min: "2",
      amount_cents: "5000",
      vat_cents: "1050",
      total_cents: "6050",
      amount_eur: "50.00",
      vat_eur: "10.50",
      total_eur: "60.50",
    });
    expect(csv.text).not.toContain(agentName);

    for (const token of [agent, owner.token]) {
      expect((await as(token).get("/billing/statements", { month })).status).toBe(404);
      expect((await as(token).get("/billing/statements.csv", { month })).status).toBe(404);
    }
    expect((await as(billing).get("/billing/statements", { month: "2026-3" })).status).toBe(400);
  });

  it("keeps a customer name that looks like a formula as text in the CSV", async () => {
    const sly = await signedInCustomer(testApp, { name: '=HYPERLINK("http://x")' });
    const ticket = await createTicket(db, { requester: sly.customer });
    await as(billing).post(`/tickets/${ticket.id}/billing-agreements`, { reason: "Schriftelijk akkoord" });
    await logTime(agent, ticket.id, { minutes: 5, billable: true, date: "2026-05-03" });
    const records: Record<string, string>[] = parse(
      (await as(billing).get("/billing/statements.csv", { month: "2026-05" })).text,
      { columns: true },
    );
    expect(records[0]?.customer_name).toBe('\'=HYPERLINK("http://x")');
  });

  it("locks an invoiced month: no edit, delete or new entry in it, and no second invoice", async () => {
    const ticket = await acceptedTicket();
    const entry = (await logTime(agent, ticket.id, { minutes: 10, billable: true, date: "2026-02-10" })).body;
    expect((await as(agent).post("/billing/months/2026-02/invoice")).status).toBe(404);
    const invoiced = await as(billing).post("/billing/months/2026-02/invoice");
    expect(invoiced.status, invoiced.text).toBe(200);
    expect(invoiced.body.entries).toBeGreaterThanOrEqual(1);
    expect((await as(billing).post("/billing/months/2026-02/invoice")).status).toBe(409);

    const edit = await as(agent).patch(`/tickets/${ticket.id}/time-entries/${entry.id}`, { minutes: 20 });
    expect(edit.status).toBe(409);
    expect(edit.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(
      (await api().delete(`/api/v1/tickets/${ticket.id}/time-entries/${entry.id}`).set(bearer(agent))).status,
    ).toBe(409);
    expect(
      (await logTime(agent, ticket.id, { minutes: 5, billable: false, date: "2026-02-11" })).status,
    ).toBe(409);
    // Moving an open entry into the invoiced month is refused too.
    const open = (await logTime(agent, ticket.id, { minutes: 5, billable: false, date: "2026-01-11" })).body;
    expect(
      (await as(agent).patch(`/tickets/${ticket.id}/time-entries/${open.id}`, { date: "2026-02-12" })).status,
    ).toBe(409);

    const list = await as(agent).get(`/tickets/${ticket.id}/time-entries`);
    expect(list.body.items.find((item: { id: string }) => item.id === entry.id)).toMatchObject({
      minutes: 10,
      invoiced: true,
    });
    expect(
      (await as(billing).get("/billing/statements", { month: "2026-02" })).body.invoicedAt,
    ).not.toBeNull();
  });

  it("gives each customer their own monthly overview, nobody else's", async () => {
    const mine = await as(owner.token).get("/me/billing");
    expect(mine.status).toBe(200);
    expect(mine.body.months.some((m: { month: string }) => m.month === "2026-03")).toBe(true);
    expect(mine.text).not.toContain(agentName);
    const theirs = await as(stranger.token).get("/me/billing");
    expect(theirs.body).toEqual({ months: [] });
    expect((await as(agent).get("/me/billing")).status).toBe(404);
  });

  it("keeps an erased customer's time for the books but scrubs their name from notes and consent texts", async () => {
    const leaving = await signedInCustomer(testApp, { name: "Wendelien Weggaan" });
    const ticket = await createTicket(db, { requester: leaving.customer });
    const agreed = await as(billing).post(`/tickets/${ticket.id}/billing-agreements`, {
      reason: "Wendelien Weggaan gaf telefonisch akkoord",
    });
    expect(agreed.status).toBe(201);
    const entry = await logTime(agent, ticket.id, {
      minutes: 20,
      billable: true,
      date: "2026-06-03",
      note: "Gebeld met Wendelien Weggaan",
    });
    expect(entry.status).toBe(201);
    // Erasure waits for the month to be invoiced (nothing would be billed to anyone after it).
    const early = await as(service).post(`/customers/${leaving.customer.id}/erasure`, {
      reason: "Verzoek per ticket",
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("billing_not_invoiced");
    expect((await as(billing).post("/billing/months/2026-06/invoice")).status).toBe(200);
    const erased = await as(service).post(`/customers/${leaving.customer.id}/erasure`, {
      reason: "Verzoek per ticket",
    });
    expect(erased.status, erased.text).toBe(200);

    const entries = await as(agent).get(`/tickets/${ticket.id}/time-entries`);
    expect(entries.body.items[0]).toMatchObject({ minutes: 20, note: "Gebeld met [verwijderd]" });
    const view = await as(agent).get(`/tickets/${ticket.id}/billing`);
    expect(view.text).not.toContain("Wendelien");
    const statement = await as(billing).get("/billing/statements", { month: "2026-06" });
    expect(statement.body.rows).toEqual([expect.objectContaining({ billedBlocks: 2, amountCents: 5000 })]);
  });
});
