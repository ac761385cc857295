// Follow-up of tickets waiting on the customer and snoozing, with a fixed clock for the job: one
// reminder after N days (also with two passes at once), solved M days later with an audit event and
// an e-mail that says so, a customer's reply starting over; snoozed tickets leave the queue's views
// and return at their time; bad input as 4xx problems.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFollowUpRun, followUpStep } from "../src/modules/tickets/follow-up.service.ts";
import { createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { db } = testApp;

const DAY = 24 * 3600 * 1000;
const settings = { enabled: true, remindAfterDays: 3, solveAfterDays: 4 };
/** The follow-up job as it runs `days` from now. */
const inDays = (days: number) => createFollowUpRun({ db, now: () => new Date(Date.now() + days * DAY) });

let admin: string;
let agent: string;
let agentName: string;

beforeAll(async () => {
  admin = (await signedInStaff(testApp, "admin")).token;
  const signedIn = await signedInStaff(testApp, "agent", { name: "Wilhelmina Wachtkamer" });
  agent = signedIn.token;
  agentName = signedIn.staff.name;
});

async function pendingTicketOf(language: "nl" | "en" = "nl") {
  const owner = await signedInCustomer(testApp, { language });
  const ticket = await createTicket(db, { requester: owner.customer, status: "open" });
  const reply = await as(agent).post(`/tickets/${ticket.id}/messages`, {
    body: "Kun je een schermafbeelding sturen?",
    internal: false,
  });
  expect(reply.status, reply.text).toBe(201);
  const moved = await as(agent).patch(`/tickets/${ticket.id}`, { status: "pending" });
  expect(moved.status, moved.text).toBe(200);
  return { owner, ticket };
}

const eventTypes = async (ticketId: string) => {
  const response = await as(agent).get(`/tickets/${ticketId}/events`);
  expect(response.status, response.text).toBe(200);
  return (response.body.items as { type: string; actor: { type: string } }[]).map((event) => event.type);
};

const mailsTo = (address: string, subject: RegExp) =>
  testApp.inbox.messages.filter((m) => m.to.includes(address) && subject.test(m.subject));

describe("the follow-up job", () => {
  it("reminds once after N days, also when two passes run at once, and solves M days later", async () => {
    const { owner, ticket } = await pendingTicketOf();
    expect(await inDays(2.9).runOnce(settings)).toMatchObject({ reminded: 0, solved: 0 });

    const [first, second] = await Promise.all([inDays(3.1).runOnce(settings), inDays(3.1).runOnce(settings)]);
    expect((first?.reminded ?? 0) + (second?.reminded ?? 0)).toBe(1);
    const reminder = await testApp.inbox.waitFor(owner.customer.email, (m) =>
      /Herinnering: we wachten op je reactie/.test(m.subject),
    );
    expect(reminder.text).toMatch(/Als we tot \w+dag \d+ \w+ niets van je horen/);
    expect(reminder.text).not.toContain(agentName);
    expect(await eventTypes(ticket.id)).toContain("follow_up_reminded");

    // Not yet: four days after the reminder, not after the wait began.
    expect(await inDays(6.9).runOnce(settings)).toMatchObject({ reminded: 0, solved: 0 });
    const [a, b] = await Promise.all([inDays(7.2).runOnce(settings), inDays(7.2).runOnce(settings)]);
    expect((a?.solved ?? 0) + (b?.solved ?? 0)).toBe(1);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("solved");
    expect(await eventTypes(ticket.id)).toEqual(expect.arrayContaining(["auto_solved", "status_changed"]));

    const solved = await testApp.inbox.waitFor(owner.customer.email, (m) =>
      /automatisch als opgelost/.test(m.text ?? ""),
    );
    expect(solved.text).toContain("4 dagen na onze herinnering");
    expect(solved.text).toContain("/beoordelen#token=");
    expect(solved.text).not.toContain(agentName);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(owner.customer.email, /Herinnering/)).toHaveLength(1);
    expect(await inDays(30).runOnce(settings)).toMatchObject({ reminded: 0, solved: 0 });
  });

  it("writes to an English-speaking customer in English", async () => {
    const { owner } = await pendingTicketOf("en");
    await inDays(3.1).runOnce(settings);
    const reminder = await testApp.inbox.waitFor(owner.customer.email, (m) => /Reminder/.test(m.subject));
    expect(reminder.text).toContain("If we hear nothing from you until");
  });

  it("starts over when the customer replies: the ticket is open again, nothing is solved", async () => {
    const { owner, ticket } = await pendingTicketOf();
    await inDays(3.1).runOnce(settings);
    const reply = await as(owner.token).post(`/tickets/${ticket.id}/messages`, {
      body: "Hierbij de schermafbeelding.",
      internal: false,
    });
    expect(reply.status, reply.text).toBe(201);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("open");
    await inDays(10).runOnce(settings);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("open");
    expect(await eventTypes(ticket.id)).not.toContain("auto_solved");
  });

  it("does nothing while switched off", async () => {
    const { ticket } = await pendingTicketOf();
    expect(await inDays(20).runOnce({ ...settings, enabled: false })).toEqual({ reminded: 0, solved: 0 });
    expect(await eventTypes(ticket.id)).not.toContain("follow_up_reminded");
  });
});

describe("the follow-up rules", () => {
  const base = {
    id: "t",
    status: "pending",
    waitingSince: new Date("2031-01-01T10:00:00Z"),
    remindedAt: null,
    snoozedUntil: null,
  };
  const at = (iso: string) => new Date(iso);
  it("reminds after N calendar days and solves M days after the reminder", () => {
    expect(followUpStep(base, settings, at("2031-01-04T09:59:00Z"))).toBeNull();
    expect(followUpStep(base, settings, at("2031-01-04T10:00:00Z"))).toBe("remind");
    const reminded = { ...base, remindedAt: at("2031-01-04T10:00:00Z") };
    expect(followUpStep(reminded, settings, at("2031-01-08T09:59:00Z"))).toBeNull();
    expect(followUpStep(reminded, settings, at("2031-01-08T10:00:00Z"))).toBe("solve");
  });
  it("gives a new wait (a later team reply) its own reminder, and leaves snoozed and open tickets alone", () => {
    const later = { ...base, remindedAt: at("2030-12-20T10:00:00Z") };
    expect(followUpStep(later, settings, at("2031-01-05T00:00:00Z"))).toBe("remind");
    const snoozed = { ...base, snoozedUntil: at("2031-02-01T00:00:00Z") };
    expect(followUpStep(snoozed, settings, at("2031-01-10T00:00:00Z"))).toBeNull();
    expect(followUpStep({ ...base, status: "open" }, settings, at("2031-01-10T00:00:00Z"))).toBeNull();
  });
});

describe("follow-up settings", () => {
  it("are the defaults until an admin saves them; bad days are a 400 problem", async () => {
    const read = await as(admin).get("/follow-up/settings");
    expect(read.body).toEqual({ enabled: true, remindAfterDays: 3, solveAfterDays: 4 });
    const saved = await as(admin).put("/follow-up/settings", {
      enabled: false,
      remindAfterDays: 5,
      solveAfterDays: 7,
    });
    expect(saved.status, saved.text).toBe(200);
    expect((await as(admin).get("/follow-up/settings")).body).toEqual(saved.body);
    const bad = await as(admin).put("/follow-up/settings", {
      enabled: true,
      remindAfterDays: 0,
      solveAfterDays: 4,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    await as(admin).put("/follow-up/settings", settings);
  });
});

describe("snoozing a ticket", () => {
  const viewIds = async (view: "open" | "snoozed") => {
    const response = await as(agent).get("/tickets", {
      status: "new,open,pending,on_hold",
      snoozed: view === "snoozed" ? "true" : "false",
      limit: "100",
    });
    expect(response.status, response.text).toBe(200);
    return (response.body.items as { id: string; snoozedUntil: string | null }[]).map((item) => item.id);
  };

  it("takes it out of the open views until its time, then it is back by itself", async () => {
    const ticket = await createTicket(db, { status: "open" });
    const until = new Date(Date.now() + 3600_000).toISOString();
    const snoozed = await as(agent).put(`/tickets/${ticket.id}/snooze`, { snoozedUntil: until });
    expect(snoozed.status, snoozed.text).toBe(200);
    expect(snoozed.body.snoozedUntil).toBe(until);
    expect(await viewIds("open")).not.toContain(ticket.id);
    expect(await viewIds("snoozed")).toContain(ticket.id);
    const counts = await as(agent).get("/tickets/counts");
    expect(counts.body.views.snoozed).toBeGreaterThanOrEqual(1);
    expect((await as(agent).get(`/tickets/${ticket.id}`)).body.snoozedUntil).toBe(until);
    expect(await eventTypes(ticket.id)).toContain("snoozed");

    // Its time comes (the clock moved on): no job is needed, the queue compares with now.
    await db.ticket.update({ where: { id: ticket.id }, data: { snoozedUntil: new Date(Date.now() - 1000) } });
    expect(await viewIds("open")).toContain(ticket.id);
    expect(await viewIds("snoozed")).not.toContain(ticket.id);
    expect((await as(agent).get(`/tickets/${ticket.id}`)).body.snoozedUntil).toBeNull();
  });

  it("ends when the customer replies, or when staff bring it back", async () => {
    const owner = await signedInCustomer(testApp);
    const ticket = await createTicket(db, { requester: owner.customer, status: "open" });
    const later = new Date(Date.now() + 5 * DAY).toISOString();
    expect((await as(agent).put(`/tickets/${ticket.id}/snooze`, { snoozedUntil: later })).status).toBe(200);
    await as(owner.token).post(`/tickets/${ticket.id}/messages`, { body: "Nog nieuws?", internal: false });
    expect(await viewIds("open")).toContain(ticket.id);
    expect(await eventTypes(ticket.id)).toContain("snooze_ended");

    expect((await as(agent).put(`/tickets/${ticket.id}/snooze`, { snoozedUntil: later })).status).toBe(200);
    const back = await as(agent).put(`/tickets/${ticket.id}/snooze`, { snoozedUntil: null });
    expect(back.body).toEqual({ snoozedUntil: null });
    expect(await viewIds("open")).toContain(ticket.id);
  });

  it("refuses a moment in the past, a far one, a solved ticket and callers who do not work tickets", async () => {
    const owner = await signedInCustomer(testApp);
    const ticket = await createTicket(db, { requester: owner.customer, status: "open" });
    const past = await as(agent).put(`/tickets/${ticket.id}/snooze`, {
      snoozedUntil: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toMatchObject({ path: "body.snoozedUntil", code: "in_the_past" });
    const far = await as(agent).put(`/tickets/${ticket.id}/snooze`, {
      snoozedUntil: new Date(Date.now() + 400 * DAY).toISOString(),
    });
    expect(far.status).toBe(400);
    expect((await as(agent).put(`/tickets/${ticket.id}/snooze`, { snoozedUntil: "morgen" })).status).toBe(
      400,
    );
    expect((await as(agent).put(`/tickets/${ticket.id}/snooze`, {})).status).toBe(400);
    const solved = await createTicket(db, { status: "solved" });
    const tomorrow = new Date(Date.now() + DAY).toISOString();
    expect((await as(agent).put(`/tickets/${solved.id}/snooze`, { snoozedUntil: tomorrow })).status).toBe(
      409,
    );
    expect(
      (await as(owner.token).put(`/tickets/${ticket.id}/snooze`, { snoozedUntil: tomorrow })).status,
    ).toBe(404);
  });
});
