import { formatPromiseTime } from "@helpdesk/contracts";
import { afterAll, describe, expect, it } from "vitest";
import type { ServiceLevel } from "../src/generated/prisma/enums.ts";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defaultCalendar,
  endOfLocalDay,
} from "../src/modules/service-levels/business-calendar.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const agent = (await signedInStaff(testApp, "agent")).token;

const MINUTE = 60_000;

/** A signed-in customer whose services have these levels (the first one is the hosting package). */
async function customerWith(...levels: ServiceLevel[]) {
  const { customer, token } = await signedInCustomer(testApp);
  await testApp.db.customerService.deleteMany({ where: { customerId: customer.id } });
  const services = [];
  for (const [index, serviceLevel] of levels.entries()) {
    services.push(
      await testApp.db.customerService.create({
        data: { customerId: customer.id, kind: "hosting", name: `Pakket ${index}`, serviceLevel },
        select: { id: true },
      }),
    );
  }
  return { customer, token, services };
}

async function file(token: string | undefined, extra: Record<string, unknown> = {}) {
  const before = new Date();
  const created = await as(token).post("/tickets", {
    category: "other",
    subject: "Vraag over mijn pakket",
    message: "Hoe werkt dit?",
    ...extra,
  });
  expect(created.status).toBe(201);
  return { id: created.body.id as string, before, after: new Date() };
}

const staffView = async (id: string) => (await as(agent).get(`/tickets/${id}`)).body;
const eventsOf = async (id: string) =>
  (await as(agent).get(`/tickets/${id}/events`)).body.items as {
    type: string;
    after: Record<string, unknown>;
  }[];

/** `actual` lies between the due times computed from the two instants that bracket the request. */
function expectDueBetween(actual: string | null, from: [Date, Date], minutes: number) {
  expect(actual).not.toBeNull();
  const due = new Date(actual ?? "").getTime();
  expect(due).toBeGreaterThanOrEqual(addBusinessMinutes(defaultCalendar, from[0], minutes).getTime() - 1);
  expect(due).toBeLessThanOrEqual(addBusinessMinutes(defaultCalendar, from[1], minutes).getTime() + 1);
}

describe("which service level a ticket gets", () => {
  it("Best Effort for a customer with only Best Effort services: first response within one working day", async () => {
    const { token } = await customerWith("best_effort");
    const filed = await file(token);
    const view = await staffView(filed.id);
    expect(view.sla).toMatchObject({
      level: "best_effort",
      nextResponseDueAt: null,
      breached: [],
      paused: false,
    });
    expectDueBetween(view.sla.firstResponseDueAt, [filed.before, filed.after], 480);
    expectDueBetween(view.sla.resolutionDueAt, [filed.before, filed.after], 2400);
    expect((await eventsOf(filed.id)).map((event) => event.type)).toContain("sla_started");
  });

  it("the highest level among the customer's services when the ticket names none", async () => {
    const { token } = await customerWith("best_effort", "premium", "standard");
    const filed = await file(token);
    const view = await staffView(filed.id);
    expect(view.sla.level).toBe("premium");
    expectDueBetween(view.sla.firstResponseDueAt, [filed.before, filed.after], 120);
  });

  it("the level of the service the ticket is about, when it names one", async () => {
    const { token, services } = await customerWith("premium", "best_effort");
    const filed = await file(token, { serviceId: services[1]?.id });
    expect((await staffView(filed.id)).sla.level).toBe("best_effort");
  });

  it("Best Effort for a guest", async () => {
    const filed = await file(undefined, { email: "nieuw.iemand@example.test", name: "Nieuw Iemand" });
    expect((await staffView(filed.id)).sla.level).toBe("best_effort");
  });
});

describe("clock rules", () => {
  it("a team reply meets the first response; a customer message then starts the next-response target", async () => {
    const { token } = await customerWith("standard");
    const filed = await file(token);
    await as(agent).post(`/tickets/${filed.id}/messages`, { body: "We kijken ernaar." });
    const answered = await staffView(filed.id);
    expect(answered.sla.firstResponseDueAt).toBeNull();
    expect(answered.sla.nextResponseDueAt).toBeNull();
    expect(answered.sla.breached).toEqual([]);
    expect(answered.sla.resolutionDueAt).not.toBeNull();

    const before = new Date();
    await as(token).post(`/tickets/${filed.id}/messages`, { body: "Dank, nog een vraag." });
    const waiting = await staffView(filed.id);
    // Standard, normal priority: next response within 480 working minutes.
    expectDueBetween(waiting.sla.nextResponseDueAt, [before, new Date()], 480);
  });

  it("an internal note does not count as a response", async () => {
    const { token } = await customerWith("standard");
    const filed = await file(token);
    const due = (await staffView(filed.id)).sla.firstResponseDueAt;
    await as(agent).post(`/tickets/${filed.id}/messages`, {
      body: "Even navragen bij techniek.",
      internal: true,
    });
    expect((await staffView(filed.id)).sla.firstResponseDueAt).toBe(due);
  });

  it("pending pauses every clock; the customer's reply resumes them with the time they had left", async () => {
    const { token } = await customerWith("best_effort");
    const filed = await file(token);
    const resolutionDue = new Date((await staffView(filed.id)).sla.resolutionDueAt);
    await as(agent).patch(`/tickets/${filed.id}`, { status: "pending" });
    const paused = await staffView(filed.id);
    expect(paused.sla).toMatchObject({ paused: true, firstResponseDueAt: null, resolutionDueAt: null });

    // Pretend the ticket has waited on the customer for two weeks: they must not count.
    const { slaPausedAt } = await testApp.db.ticket.findUniqueOrThrow({ where: { id: filed.id } });
    const twoWeeksEarlier = new Date((slaPausedAt?.getTime() ?? 0) - 14 * 24 * 60 * MINUTE);
    await testApp.db.ticket.update({ where: { id: filed.id }, data: { slaPausedAt: twoWeeksEarlier } });
    const left = businessMinutesBetween(defaultCalendar, twoWeeksEarlier, resolutionDue);

    const before = new Date();
    await as(token).post(`/tickets/${filed.id}/messages`, { body: "Hier is de informatie." });
    const resumed = await staffView(filed.id);
    expect(resumed.status).toBe("open");
    expect(resumed.sla.paused).toBe(false);
    expectDueBetween(resumed.sla.resolutionDueAt, [before, new Date()], left);
  });

  it("on hold (waiting on a third party) does not pause the clocks", async () => {
    const { token } = await customerWith("best_effort");
    const filed = await file(token);
    const due = (await staffView(filed.id)).sla.firstResponseDueAt;
    await as(agent).patch(`/tickets/${filed.id}`, { status: "on_hold" });
    expect((await staffView(filed.id)).sla).toMatchObject({ paused: false, firstResponseDueAt: due });
  });

  it("solved stops the resolution clock; a reopen resumes it; closed ends it", async () => {
    const { token } = await customerWith("standard");
    const filed = await file(token);
    await as(agent).post(`/tickets/${filed.id}/messages`, { body: "Opgelost, denk ik." });
    await as(agent).patch(`/tickets/${filed.id}`, { status: "solved" });
    expect((await staffView(filed.id)).sla).toMatchObject({ paused: true, resolutionDueAt: null });

    await as(token).patch(`/tickets/${filed.id}`, { status: "open" });
    const reopened = await staffView(filed.id);
    expect(reopened.sla.paused).toBe(false);
    expect(reopened.sla.resolutionDueAt).not.toBeNull();

    await as(agent).patch(`/tickets/${filed.id}`, { status: "closed" });
    expect((await staffView(filed.id)).sla).toMatchObject({
      paused: false,
      firstResponseDueAt: null,
      nextResponseDueAt: null,
      resolutionDueAt: null,
    });
  });

  it("a priority change recomputes the due times, on the record", async () => {
    const { token } = await customerWith("premium");
    const filed = await file(token);
    const before = new Date();
    await as(agent).patch(`/tickets/${filed.id}`, { priority: "urgent" });
    const after = new Date();
    const view = await staffView(filed.id);
    // Premium urgent: 30 minutes around the clock, minus the (few) minutes already used.
    const due = new Date(view.sla.firstResponseDueAt).getTime();
    expect(due).toBeGreaterThan(before.getTime() + 29 * MINUTE);
    expect(due).toBeLessThanOrEqual(after.getTime() + 30 * MINUTE);
    const recomputed = (await eventsOf(filed.id)).find((event) => event.type === "sla_recomputed");
    expect(recomputed?.after).toMatchObject({
      reason: "priority_changed",
      firstResponseDueAt: view.sla.firstResponseDueAt,
    });
  });

  it("a service (and so level) change recomputes the due times, on the record", async () => {
    const { token, services } = await customerWith("best_effort", "premium");
    const filed = await file(token, { serviceId: services[0]?.id });
    expect((await staffView(filed.id)).sla.level).toBe("best_effort");
    const before = new Date();
    const changed = await as(agent).patch(`/tickets/${filed.id}`, { serviceId: services[1]?.id });
    expect(changed.status).toBe(200);
    const view = await staffView(filed.id);
    expect(view.sla.level).toBe("premium");
    expect(view.serviceId).toBe(services[1]?.id);
    // Premium normal: 120 working minutes, less what was used (nothing out of hours, seconds in them).
    expectDueBetween(view.sla.firstResponseDueAt, [new Date(before.getTime() - MINUTE), new Date()], 120);
    const types = (await eventsOf(filed.id)).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(["service_changed", "sla_recomputed"]));
  });

  it("refuses a service that is not the requester's, with the field", async () => {
    const { token } = await customerWith("best_effort");
    const other = await customerWith("premium");
    const filed = await file(token);
    const response = await as(agent).patch(`/tickets/${filed.id}`, { serviceId: other.services[0]?.id });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("body.serviceId");
  });
});

describe("the queue by due time", () => {
  const subject = `Wachtrij-${Date.now()}`;
  const ids: string[] = [];
  /** Sets a ticket's next due time (and its first-response due) directly: the queue reads these. */
  const setDue = (id: string, due: Date | null) =>
    testApp.db.ticket.update({ where: { id }, data: { slaNextDueAt: due, firstResponseDueAt: due } });

  it("sorts by the next due time, tickets without a running target last, page by page", async () => {
    const { token } = await customerWith("standard");
    for (let i = 0; i < 4; i++) ids.push((await file(token, { subject: `${subject} ${i}` })).id);
    const now = Date.now();
    await setDue(ids[0] ?? "", new Date(now + 3 * 3600_000));
    await setDue(ids[1] ?? "", null);
    await setDue(ids[2] ?? "", new Date(now - 3600_000));
    await setDue(ids[3] ?? "", new Date(now + 3600_000));

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = {
        sort: "due",
        q: subject,
        limit: "3",
        ...(cursor ? { cursor } : {}),
      };
      const page = await as(agent).get("/tickets", query);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids[2], ids[3], ids[0], ids[1]]);
  });

  it("filters on breached targets and on due today, and counts both among the open tickets", async () => {
    const breached = await as(agent).get("/tickets", { breached: "true", q: subject });
    expect(breached.body.items.map((item: { id: string }) => item.id)).toEqual([ids[2]]);
    expect(breached.body.items[0].sla.breached).toEqual(["first_response"]);
    const notBreached = await as(agent).get("/tickets", { breached: "false", q: subject });
    expect(notBreached.body.items).toHaveLength(3);

    // Due before the end of today (Amsterdam): the overdue one, and those due in one and three hours
    // when that is still today.
    const endOfToday = endOfLocalDay(defaultCalendar, new Date()).getTime();
    const dueByThen = [
      ids[2],
      ...(Date.now() + 3600_000 < endOfToday ? [ids[3]] : []),
      ...(Date.now() + 3 * 3600_000 < endOfToday ? [ids[0]] : []),
    ];
    const dueToday = await as(agent).get("/tickets", { due: "today", q: subject, sort: "due" });
    expect(dueToday.body.items.map((item: { id: string }) => item.id)).toEqual(dueByThen);

    const counts = await as(agent).get("/tickets/counts", { q: subject });
    expect(counts.body.sla).toEqual({ breached: 1, dueToday: dueByThen.length });
    const filtered = await as(agent).get("/tickets/counts", { q: subject, breached: "true" });
    expect(filtered.body.total).toBe(1);
  });

  it("refuses a cursor from another order", async () => {
    const newest = await as(agent).get("/tickets", { q: subject, limit: "1" });
    const response = await as(agent).get("/tickets", {
      q: subject,
      sort: "due",
      cursor: newest.body.nextCursor,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("query.cursor");
  });
});

describe("policies and calendar (admins)", () => {
  let adminToken: Promise<string> | undefined;
  /** Signed in on first use (not while the file's tests are collected). */
  const admin = () => {
    adminToken ??= signedInStaff(testApp, "admin").then((signedIn) => signedIn.token);
    return adminToken;
  };
  const policy = {
    firstResponseMinutes: 60,
    nextResponseMinutes: 120,
    resolutionMinutes: 480,
    clock: "business",
    guaranteed: true,
  };
  const week = [0, 1, 2, 3, 4, 5, 6].map((day) => (day < 5 ? [{ from: "09:00", to: "17:00" }] : []));
  const calendar = { timeZone: "Europe/Amsterdam", weeklyHours: week, dutchHolidays: true, closingDays: [] };

  it.each([
    ["a negative target", { ...policy, firstResponseMinutes: -5 }, "body.firstResponseMinutes"],
    ["an absurd target", { ...policy, resolutionMinutes: 10_000_000 }, "body.resolutionMinutes"],
    [
      "a resolution shorter than the first response",
      { ...policy, resolutionMinutes: 30 },
      "body.resolutionMinutes",
    ],
    ["an unknown clock", { ...policy, clock: "lunar" }, "body.clock"],
  ])("refuses %s with the field", async (_name, body, path) => {
    const response = await as(await admin()).put("/service-levels/policies/standard/high", body);
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(path);
  });

  it.each([
    [
      "inverted hours",
      { ...calendar, weeklyHours: [[{ from: "17:00", to: "09:00" }], ...week.slice(1)] },
      "body.weeklyHours.0.0.to",
    ],
    [
      "overlapping hours",
      {
        ...calendar,
        weeklyHours: [
          [
            { from: "09:00", to: "13:00" },
            { from: "12:00", to: "17:00" },
          ],
          ...week.slice(1),
        ],
      },
      "body.weeklyHours.0.1.from",
    ],
    ["an unknown time zone", { ...calendar, timeZone: "Europe/Atlantis" }, "body.timeZone"],
    [
      "a malformed time",
      { ...calendar, weeklyHours: [[{ from: "9:00", to: "25:00" }], ...week.slice(1)] },
      "body.weeklyHours.0.0.from",
    ],
    [
      "a week without working hours",
      { ...calendar, weeklyHours: [[], [], [], [], [], [], []] },
      "body.weeklyHours",
    ],
    ["an impossible closing day", { ...calendar, closingDays: ["2026-02-30"] }, "body.closingDays.0"],
  ])("refuses a calendar with %s, with the field", async (_name, body, path) => {
    const response = await as(await admin()).put("/service-levels/calendar", body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(path);
  });

  it("a policy change leaves existing tickets alone until recomputation is asked for, on the record", async () => {
    const { token } = await customerWith("standard");
    const filed = await file(token);
    const before = (await staffView(filed.id)).sla;

    const changed = await as(await admin()).put("/service-levels/policies/standard/normal", {
      ...policy,
      firstResponseMinutes: 15,
      clock: "calendar",
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ level: "standard", priority: "normal", firstResponseMinutes: 15 });
    expect((await staffView(filed.id)).sla).toEqual(before);

    const recomputed = await as(await admin()).post("/service-levels/recompute", { tickets: [filed.id] });
    expect(recomputed.body).toEqual({ recomputed: 1 });
    const after = (await staffView(filed.id)).sla;
    expect(new Date(after.firstResponseDueAt).getTime()).toBeLessThanOrEqual(Date.now() + 15 * MINUTE);
    const event = (await eventsOf(filed.id)).find((candidate) => candidate.type === "sla_recomputed");
    expect(event?.after).toMatchObject({ reason: "recompute_requested" });

    // Back to the seeded figures, for the other tests in this file.
    await as(await admin()).put("/service-levels/policies/standard/normal", {
      ...policy,
      firstResponseMinutes: 240,
      nextResponseMinutes: 480,
      resolutionMinutes: 1440,
    });
  });

  it("reads and writes the calendar; a closing day is saved once, in order", async () => {
    const saved = await as(await admin()).put("/service-levels/calendar", {
      ...calendar,
      closingDays: ["2026-12-31", "2026-12-24", "2026-12-31"],
    });
    expect(saved.status).toBe(200);
    expect((await as(await admin()).get("/service-levels/calendar")).body.closingDays).toEqual([
      "2026-12-24",
      "2026-12-31",
    ]);
    await as(await admin()).put("/service-levels/calendar", calendar);
  });
});

describe("the service-level report", () => {
  it("gives per level and week the share of first responses within target and the median in working hours", async () => {
    const admin = (await signedInStaff(testApp, "admin")).token;
    const { token } = await customerWith("premium");
    const onTime = await file(token);
    const late = await file(token);
    const unanswered = await file(token);
    // Filed Friday 6 November 2026 16:00 (Amsterdam); answered after 1 and 3 working hours, which run
    // into Monday (the second late); the third not answered yet: a ticket, but not in the share.
    const friday = new Date("2026-11-06T15:00:00Z");
    for (const [id, answeredAt, breached] of [
      [onTime.id, "2026-11-09T08:00:00Z", []],
      [late.id, "2026-11-09T10:00:00Z", ["first_response"]],
      [unanswered.id, null, []],
    ] as const) {
      await testApp.db.ticket.update({
        where: { id },
        data: {
          createdAt: friday,
          firstRespondedAt: answeredAt && new Date(answeredAt),
          slaBreached: [...breached],
        },
      });
    }
    const report = await as(admin).get("/service-levels/report", { weeks: "8" });
    expect(report.status).toBe(200);
    const week = report.body.items.find(
      (item: { level: string; week: string }) => item.level === "premium" && item.week === "2026-11-02",
    );
    expect(week).toEqual({
      level: "premium",
      week: "2026-11-02",
      tickets: 3,
      firstResponseMetShare: 0.5,
      medianFirstResponseHours: 2,
    });
  });
});

describe("the customer sees the promise", () => {
  it("Best Effort: 'usually within 1 working day, at the latest ...' on the page and in the confirmation", async () => {
    const { customer, token } = await customerWith("best_effort");
    const filed = await file(token, { subject: "Belofte Best Effort" });
    const page = (await as(token).get(`/tickets/${filed.id}`)).body;
    expect(page).toMatchObject({
      view: "customer",
      serviceLevel: "best_effort",
      responseGuaranteed: false,
      responseTarget: { minutes: 480, clock: "business" },
    });
    expectDueBetween(page.expectedResponseBy, [filed.before, filed.after], 480);
    // Nothing else of the targets, and no staff field.
    expect(page).not.toHaveProperty("sla");
    expect(JSON.stringify(page)).not.toMatch(/resolution|assignee/i);

    const mail = await testApp.inbox.waitFor(customer.email, (email) =>
      email.subject.includes("Belofte Best Effort"),
    );
    const by = formatPromiseTime(page.expectedResponseBy, "nl");
    expect(by).toMatch(/^(maandag|dinsdag|woensdag|donderdag|vrijdag) \d+ \w+ om \d\d:\d\d$/);
    expect(mail.text).toContain(`We reageren doorgaans binnen 1 werkdag, uiterlijk ${by}.`);
  });

  it("a guaranteed level: 'guaranteed response by ...', in the customer's language", async () => {
    const { customer, token } = await customerWith("premium");
    await testApp.db.customer.update({ where: { id: customer.id }, data: { language: "en" } });
    const filed = await file(token, { subject: "Promise Premium" });
    const page = (await as(token).get(`/tickets/${filed.id}`)).body;
    expect(page).toMatchObject({ serviceLevel: "premium", responseGuaranteed: true });
    const mail = await testApp.inbox.waitFor(customer.email, (email) =>
      email.subject.includes("Promise Premium"),
    );
    expect(mail.text).toContain(
      `Guaranteed response by ${formatPromiseTime(page.expectedResponseBy, "en")}.`,
    );
  });

  it("no time while the ticket waits on the customer", async () => {
    const { token } = await customerWith("standard");
    const filed = await file(token);
    await as(agent).patch(`/tickets/${filed.id}`, { status: "pending" });
    expect((await as(token).get(`/tickets/${filed.id}`)).body.expectedResponseBy).toBeNull();
  });
});
