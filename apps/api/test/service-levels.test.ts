import { afterAll, describe, expect, it } from "vitest";
import type { ServiceLevel } from "../src/generated/prisma/enums.ts";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defaultCalendar,
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
