import { afterAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, createTicket } from "./factories.ts";
import {
  accessTokenOf,
  httpCallers,
  signedInCustomer,
  signedInStaff,
  tokenFromLink,
} from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

describe("a guest files a ticket", () => {
  it("gets its number and nothing more, and a confirmation e-mail with a sign-in link", async () => {
    const created = await as().post("/tickets", {
      category: "technical",
      subject: "Mijn website is offline",
      message: "Sinds vanochtend geeft de site een foutmelding.",
      email: "Gast.Klant@Example.test",
      name: "Gast Klant",
      details: { kind: "outage", affectedService: "gastklant.nl" },
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(["category", "id", "number", "status"]);
    expect(created.body).toMatchObject({ status: "new", category: "technical" });
    expect(created.body.number).toMatch(/^#\d{9}$/);

    const email = await testApp.inbox.waitFor("gast.klant@example.test");
    // Nobody proved the address yet: the caller's own subject stays out of our subject line.
    expect(email.subject).toBe(`[${created.body.number}] We hebben je vraag ontvangen`);
    expect(email.text).toContain(`&next=${encodeURIComponent(`/tickets/${created.body.id}`)}`);

    // Until the guest proves the address, agents see the ticket flagged.
    const agent = (await signedInStaff(testApp, "agent")).token;
    const unverified = await as(agent).get("/tickets?verified=false&q=offline");
    expect(unverified.body.items.map((t: { id: string }) => t.id)).toContain(created.body.id);

    // The e-mailed link signs the guest in and proves the address.
    const session = await as().post("/auth/email-link/confirm", { token: tokenFromLink(email.text) });
    expect(session.status).toBe(200);
    const own = await as(session.body.accessToken).get(`/tickets/${created.body.id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ view: "customer", subject: "Mijn website is offline" });
    const staffView = await as(agent).get(`/tickets/${created.body.id}`);
    expect(staffView.body.requester).toMatchObject({ email: "gast.klant@example.test", verified: true });
  });

  it("must give an address and a name", async () => {
    const response = await as().post("/tickets", { category: "other", subject: "Vraag", message: "Hallo" });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("body.email");
  });

  it("gets field errors for the fields a category needs", async () => {
    const response = await as().post("/tickets", {
      category: "cancellation",
      subject: "Opzeggen",
      message: "Ik wil opzeggen",
      email: "x@example.test",
      name: "X",
      details: { cancel: "everything" },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body.details.cancel",
      "body.details.requestedEndDate",
      "body.details.serviceName",
    ]);
  });
});

describe("cancellation", () => {
  it("is on the record, and the confirmation states the contract-period and no-refund policy", async () => {
    const { customer, token } = await signedInCustomer(testApp);
    const created = await as(token).post("/tickets", {
      category: "cancellation",
      subject: "Hosting opzeggen, domein houden",
      message: "Graag de hosting opzeggen.",
      details: { cancel: "hosting", serviceName: "Webhosting Plus", requestedEndDate: "2027-01-31" },
    });
    expect(created.status).toBe(201);
    const email = await testApp.inbox.waitFor(customer.email, (e) => e.subject.includes("Hosting opzeggen"));
    expect(email.text).toContain("gevraagde einddatum 2027-01-31");
    expect(email.text).toContain("De werkelijke einddatum volgt uit de contractperiode");
    expect(email.text).toContain("vooruitbetaalde bedragen worden niet terugbetaald");

    const admin = (await signedInStaff(testApp, "admin")).token;
    const events = await as(admin).get(`/tickets/${created.body.id}/events`);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      "created",
      "sla_started",
      "cancellation_recorded",
    ]);
    expect(events.body.items[2].after).toEqual({
      cancel: "hosting",
      serviceName: "Webhosting Plus",
      requestedEndDate: "2027-01-31",
    });
    const outbox = await testApp.db.domainEvent.findMany({ where: { ticketId: created.body.id } });
    expect(outbox.map((event) => event.type).sort()).toEqual([
      "ticket.cancellation_recorded",
      "ticket.created",
    ]);
  });
});

describe("the thread and its life", () => {
  it("walks a ticket from new to closed, with a follow-up after closing and a full history", async () => {
    const { customer, token: customerToken } = await signedInCustomer(testApp);
    const agentOne = await createStaff(testApp.db, "agent", { name: "Agent One" });
    const agentTwo = await createStaff(testApp.db, "agent", { name: "Agent Two" });
    const one = await accessTokenOf(testApp, agentOne.email);
    const two = await accessTokenOf(testApp, agentTwo.email);

    const ticket = await createTicket(testApp.db, {
      requester: customer,
      category: "billing",
      subject: "Jaarlijks betalen",
      message: "Kan ik per jaar betalen?",
      details: { request: "yearly_billing" },
    });

    // Agent one takes it, writes a note and replies; the reply takes it into work.
    expect((await as(one).patch(`/tickets/${ticket.id}`, { assigneeId: agentOne.id })).body.assignee).toEqual(
      {
        id: agentOne.id,
        name: "Agent One",
      },
    );
    await as(one).post(`/tickets/${ticket.id}/messages`, {
      body: "Klant heeft maandelijks contract",
      internal: true,
    });
    const reply = await as(one).post(`/tickets/${ticket.id}/messages`, { body: "Ja, dat kan." });
    expect(reply.status).toBe(201);
    expect(reply.body.message.author).toEqual({ type: "staff", id: agentOne.id, name: "Agent One" });
    await as(one).patch(`/tickets/${ticket.id}`, { status: "pending" }).expect(200);

    // Handover: agent two takes over.
    await as(two).patch(`/tickets/${ticket.id}`, { assigneeId: agentTwo.id }).expect(200);

    // The customer answers: a pending ticket reopens.
    await as(customerToken)
      .post(`/tickets/${ticket.id}/messages`, { body: "Graag vanaf januari." })
      .expect(201);
    expect((await as(two).get(`/tickets/${ticket.id}`)).body.status).toBe("open");

    await as(two).patch(`/tickets/${ticket.id}`, { status: "solved" }).expect(200);
    // Customers may reopen a solved ticket, and close it.
    expect((await as(customerToken).patch(`/tickets/${ticket.id}`, { status: "open" })).body.status).toBe(
      "open",
    );
    expect((await as(customerToken).patch(`/tickets/${ticket.id}`, { status: "closed" })).body.status).toBe(
      "closed",
    );

    // Closed is final.
    expect((await as(two).patch(`/tickets/${ticket.id}`, { status: "open" })).status).toBe(409);
    expect((await as(customerToken).patch(`/tickets/${ticket.id}`, { status: "open" })).status).toBe(409);
    // A customer's reply now starts a linked follow-up.
    const late = await as(customerToken).post(`/tickets/${ticket.id}/messages`, { body: "Nog een vraag" });
    expect(late.status).toBe(201);
    expect(late.body.followUp.number).toMatch(/^#\d{9}$/);
    const followUp = await as(customerToken).get(`/tickets/${late.body.followUp.id}`);
    expect(followUp.body).toMatchObject({ status: "new", followUpOf: { id: ticket.id } });
    expect(followUp.body.messages.map((m: { body: string }) => m.body)).toEqual(["Nog een vraag"]);

    // The customer sees the team, never a person, and no internal note.
    const seen = await as(customerToken).get(`/tickets/${ticket.id}`);
    expect(seen.body.messages.map((m: { author: object; body: string }) => [m.author, m.body])).toEqual([
      [{ type: "customer", name: customer.name }, "Kan ik per jaar betalen?"],
      [{ type: "team", name: "Team Support" }, "Ja, dat kan."],
      [{ type: "customer", name: customer.name }, "Graag vanaf januari."],
    ]);

    // Staff see the whole history, handover included.
    const history = await as(two).get(`/tickets/${ticket.id}/events`);
    const steps = history.body.items.map(
      (e: { type: string; actor: { name: string | null } }) => `${e.type}:${e.actor.name}`,
    );
    expect(steps).toEqual([
      `created:${customer.name}`,
      "assignee_changed:Agent One",
      "message_added:Agent One",
      "message_added:Agent One",
      "status_changed:Agent One",
      "status_changed:Agent One",
      "assignee_changed:Agent Two",
      `message_added:${customer.name}`,
      `status_changed:${customer.name}`,
      "status_changed:Agent Two",
      `status_changed:${customer.name}`,
      `status_changed:${customer.name}`,
      `follow_up_created:${customer.name}`,
    ]);
    const handover = history.body.items.find(
      (e: { type: string; after: { id?: string } | null }) =>
        e.type === "assignee_changed" && e.after?.id === agentTwo.id,
    );
    expect(handover.before).toEqual({ id: agentOne.id, name: "Agent One" });
  });

  it("keeps the audit trail immutable in the database itself", async () => {
    const event = await testApp.db.ticketEvent.findFirstOrThrow();
    await expect(
      testApp.db.ticketEvent.update({ where: { id: event.id }, data: { type: "rewritten" } }),
    ).rejects.toThrow(/immutable/);
  });

  it("refuses a customer's internal note and a change of priority", async () => {
    const { customer, token } = await signedInCustomer(testApp);
    const ticket = await createTicket(testApp.db, { requester: customer });
    expect(
      (await as(token).post(`/tickets/${ticket.id}/messages`, { body: "x", internal: true })).status,
    ).toBe(400);
    expect((await as(token).patch(`/tickets/${ticket.id}`, { priority: "urgent" })).status).toBe(400);
  });

  it("lets only ticket-working staff be assigned", async () => {
    const ticket = await createTicket(testApp.db);
    const admin = await accessTokenOf(testApp, (await createStaff(testApp.db, "admin")).email);
    const phone = await createStaff(testApp.db, "phone_desk");
    const response = await as(admin).patch(`/tickets/${ticket.id}`, { assigneeId: phone.id });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("body.assigneeId");
    // An id of nobody at all is refused the same way (not a foreign-key 500).
    const nobody = await as(admin).patch(`/tickets/${ticket.id}`, {
      assigneeId: "0f3c2b1a-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
    });
    expect(nobody.status).toBe(400);
    expect(nobody.body.errors[0].code).toBe("invalid_assignee");
  });
});

describe("the queue", () => {
  it("filters by status, category, priority, assignee and text, and pages with a cursor", async () => {
    const { customer, token } = await signedInCustomer(testApp, { name: "Queue Klant" });
    const agent = await createStaff(testApp.db, "agent");
    const agentToken = await accessTokenOf(testApp, agent.email);
    const ids: string[] = [];
    for (const subject of ["Queue één", "Queue twee", "Queue drie"]) {
      ids.push(
        (await createTicket(testApp.db, { requester: customer, subject, message: "zoekwoord-xyz" })).id,
      );
    }
    await as(agentToken).patch(`/tickets/${ids[1]}`, { assigneeId: agent.id, priority: "urgent" });

    const mine = await as(agentToken).get("/tickets?assignee=me");
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual([ids[1]]);
    const urgent = await as(agentToken).get("/tickets?priority=urgent,high&q=zoekwoord-xyz");
    expect(urgent.body.items.map((t: { id: string }) => t.id)).toEqual([ids[1]]);
    const unassigned = await as(agentToken).get("/tickets?assignee=none&q=Queue Klant&sort=oldest");
    expect(unassigned.body.items.map((t: { id: string }) => t.id)).toEqual([ids[0], ids[2]]);

    const first = await as(agentToken).get("/tickets?q=zoekwoord-xyz&limit=2");
    expect(first.body.items.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]]);
    const second = await as(agentToken).get(
      `/tickets?q=zoekwoord-xyz&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((t: { id: string }) => t.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();

    // A customer's list holds only their own tickets, in the customer shape.
    const { token: otherToken } = await signedInCustomer(testApp);
    expect((await as(otherToken).get("/tickets")).body.items).toEqual([]);
    const own = await as(token).get("/tickets?status=new");
    expect(own.body.items).toHaveLength(3);
    expect(own.body.items[0]).not.toHaveProperty("assignee");
  });

  it("refuses unknown filter values with field errors", async () => {
    const agent = (await signedInStaff(testApp, "agent")).token;
    const response = await as(agent).get("/tickets?status=new,lost");
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toMatch(/^query\.status/);
  });
});

describe("callback requests from the phone desk", () => {
  it("files a callback for a caller without seeing customer data, and sees only its own tickets", async () => {
    const phone = await createStaff(testApp.db, "phone_desk");
    const token = await accessTokenOf(testApp, phone.email);
    const existing = await createCustomer(testApp.db);
    const created = await as(token).post("/tickets", {
      category: "callback",
      subject: "Terugbelverzoek",
      message: "Vraag over factuur",
      email: existing.email,
      details: { callerName: "Beller", phone: "+31 20 555 0101", preferredTime: "morgen na 14:00" },
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(existing.iban ?? "none");
    const noEmail = await as(token).post("/tickets", {
      category: "callback",
      subject: "Terugbelverzoek",
      message: "Wil opzeggen",
      details: { callerName: "Anoniem", phone: "0612345678", preferredTime: "vandaag" },
    });
    expect(noEmail.status).toBe(201);

    const list = await as(token).get("/tickets");
    expect(list.body.items.map((t: { id: string }) => t.id).sort()).toEqual(
      [created.body.id, noEmail.body.id].sort(),
    );
    const view = await as(token).get(`/tickets/${noEmail.body.id}`);
    // The phone desk's narrow view: what it entered, no requester, no channel, no staff names.
    expect(view.body).toMatchObject({
      view: "callback",
      subject: "Terugbelverzoek",
      details: { callerName: "Anoniem", phone: "0612345678", preferredTime: "vandaag" },
    });
    expect(view.body.requester).toBeUndefined();
    expect(view.body.messages.map((m: { body: string }) => m.body)).toEqual(["Wil opzeggen"]);

    const customerTicket = await createTicket(testApp.db, { requester: existing, subject: "Eigen vraag" });
    expect((await as(token).get(`/tickets/${customerTicket.id}`)).status).toBe(404);
  });
});
