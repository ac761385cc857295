import { type QueueViewFilter, queueViewNames, queueViews } from "@helpdesk/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, createTicket } from "./factories.ts";
import { accessTokenOf, httpCallers } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const tokenOf = (email: string) => accessTokenOf(testApp, email);
let words = 0;
/** A word only this test's tickets contain: `q` keeps the counts to them in a shared database. */
const uniqueWord = () => `telwoord${++words}x${Date.now()}`;

/** The number of tickets the list shows for a query, all pages. */
async function listLength(token: string, query: Record<string, string>) {
  const response = await as(token).get("/tickets", { ...query, limit: "100" });
  expect(response.status).toBe(200);
  expect(response.body.nextCursor).toBeNull();
  return response.body.items.length as number;
}

/** The list's query for a queue view, as the web app's view tabs send it. */
const viewQuery = (name: (typeof queueViewNames)[number]) => {
  const view: QueueViewFilter = queueViews[name];
  return {
    status: view.status.join(","),
    ...(view.assignee ? { assignee: view.assignee } : {}),
    ...(view.snoozed ? { snoozed: view.snoozed } : {}),
  };
};

/** Counts this small are exact: none reached the cap. */
const belowTheCap = {
  cap: 10_000,
  capped: {
    total: false,
    views: { mine: false, unassigned: false, open: false, waiting: false, snoozed: false, solved: false },
    sla: { breached: false, dueToday: false },
  },
};

describe("queue counts", () => {
  it("count each view and the filtered list in the same scope and with the same filters as the list", async () => {
    const word = uniqueWord();
    const customer = await createCustomer(testApp.db);
    const me = await createStaff(testApp.db, "agent");
    const colleague = await createStaff(testApp.db, "customer_service");
    const token = await tokenOf(me.email);
    const file = (subject: string, extra: Parameters<typeof createTicket>[1] = {}) =>
      createTicket(testApp.db, { requester: customer, subject, message: `Vraag ${word}`, ...extra });
    await file("Aan mij", { assignee: me });
    await file("Aan collega", { assignee: colleague });
    await file("Wacht op klant", { status: "pending" });
    await file("Opgelost", { status: "solved" });
    await file("Nog van niemand");
    // A guest's ticket: the address is not verified until they follow the e-mailed link.
    await createTicket(testApp.db, {
      requester: await createCustomer(testApp.db, {
        email: `gast-${word}@example.test`,
        withPassword: false,
      }),
      verified: false,
      category: "technical",
      subject: "Van een gast",
      message: `Storing ${word}`,
      details: { kind: "outage" },
    });

    const counts = await as(token).get("/tickets/counts", { q: word });
    expect(counts.status).toBe(200);
    expect(counts.body).toEqual({
      total: 6,
      views: { mine: 1, unassigned: 3, open: 5, waiting: 1, snoozed: 0, solved: 1 },
      // Made by the factory, without service-level clocks: none missed or due.
      sla: { breached: 0, dueToday: 0 },
      ...belowTheCap,
    });
    // Every count is the length of the list it stands for.
    for (const name of queueViewNames) {
      expect(await listLength(token, { ...viewQuery(name), q: word }), name).toBe(counts.body.views[name]);
    }

    // The list's own status and assignee make the total; the views bring their own.
    const filtered = { q: word, status: "new,open", assignee: "none" };
    const narrowed = await as(token).get("/tickets/counts", filtered);
    expect(narrowed.body.total).toBe(2);
    expect(narrowed.body.total).toBe(await listLength(token, filtered));
    expect(narrowed.body.views).toEqual(counts.body.views);
    const byColleague = { q: word, assignee: colleague.id };
    expect((await as(token).get("/tickets/counts", byColleague)).body.total).toBe(1);

    // The other filters narrow the views too.
    const unverified = await as(token).get("/tickets/counts", { q: word, verified: "false" });
    expect(unverified.body).toEqual({
      total: 1,
      views: { mine: 0, unassigned: 1, open: 1, waiting: 0, snoozed: 0, solved: 0 },
      sla: { breached: 0, dueToday: 0 },
      ...belowTheCap,
    });
    const technical = await as(token).get("/tickets/counts", { q: word, category: "technical,billing" });
    expect(technical.body.total).toBe(1);

    // "Mine" is the caller's own: the colleague counts theirs.
    const theirs = await as(await tokenOf(colleague.email)).get("/tickets/counts", { q: word });
    expect(theirs.body.views).toMatchObject({ mine: 1, unassigned: 3 });
  });

  it("count for the phone desk only the callback requests it filed, as its list shows them", async () => {
    const word = uniqueWord();
    const phone = await createStaff(testApp.db, "phone_desk");
    const otherPhone = await createStaff(testApp.db, "phone_desk");
    const token = await tokenOf(phone.email);
    const callback = (filedBy: { id: string }, callerName: string) =>
      createTicket(testApp.db, {
        requester: null,
        filedBy,
        category: "callback",
        subject: `Terugbelverzoek ${callerName}`,
        message: `Belt terug ${word}`,
        details: { callerName, phone: "+31 20 555 0101", preferredTime: "morgen" },
      });
    await callback(phone, "Eerste beller");
    await callback(phone, "Tweede beller");
    await callback(otherPhone, "Andere beller");
    await createTicket(testApp.db, { subject: "Eigen vraag", message: `Ook ${word}` });

    const counts = await as(token).get("/tickets/counts", { q: word });
    expect(counts.body).toEqual({
      total: 2,
      views: { mine: 0, unassigned: 2, open: 2, waiting: 0, snoozed: 0, solved: 0 },
      sla: { breached: 0, dueToday: 0 },
      ...belowTheCap,
    });
    expect(await listLength(token, { q: word })).toBe(2);
    const agent = await tokenOf((await createStaff(testApp.db, "agent")).email);
    expect((await as(agent).get("/tickets/counts", { q: word })).body.total).toBe(4);
  });

  it("are not there for customers (404), so nothing about assignment reaches them", async () => {
    const customer = await createCustomer(testApp.db);
    const response = await as(await tokenOf(customer.email)).get("/tickets/counts");
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect((await as().get("/tickets/counts")).status).toBe(401);
  });

  it("refuse unknown filter values with field errors, as the list does", async () => {
    const agent = await tokenOf((await createStaff(testApp.db, "agent")).email);
    const response = await as(agent).get("/tickets/counts", { status: "new,lost" });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toMatch(/^query\.status/);
  });
});
