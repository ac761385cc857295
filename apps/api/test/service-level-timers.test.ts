import { afterAll, describe, expect, it } from "vitest";
import { createSlaTimers } from "../src/modules/tickets/ticket-sla-timers.service.ts";
import { createStaff } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { staff: assignee, token: agent } = await signedInStaff(testApp, "agent");

const MINUTE = 60_000;
const events = async (id: string) =>
  (await as(agent).get(`/tickets/${id}/events`)).body.items as {
    type: string;
    actor: { type: string };
    before: unknown;
    after: Record<string, unknown>;
  }[];

async function fileTicket(subject: string) {
  const { token } = await signedInCustomer(testApp);
  const created = await as(token).post("/tickets", { category: "other", subject, message: "Help" });
  return created.body.id as string;
}

/** Moves the ticket's first-response target so that it is due at `due` and warned about at `warnAt`. */
async function dueAt(id: string, due: Date, warnAt: Date) {
  await testApp.db.ticket.update({
    where: { id },
    data: {
      firstResponseDueAt: due,
      slaNextDueAt: due,
      slaEscalateAt: due,
      slaWarnings: { first_response: warnAt.toISOString() },
      slaWarnAt: warnAt,
    },
  });
}

describe("service-level warnings", () => {
  it("warns the assignee once by e-mail at 80% of the target, also with two processes at once", async () => {
    const id = await fileTicket("Bijna te laat");
    await as(agent).patch(`/tickets/${id}`, { assigneeId: assignee.id });
    const now = new Date();
    await dueAt(id, new Date(now.getTime() + 30 * MINUTE), new Date(now.getTime() - MINUTE));

    // Two API processes' timers at the same moment: the row lock lets one of them warn.
    const [first, second] = await Promise.all([
      createSlaTimers({ db: testApp.db }).runOnce(now),
      createSlaTimers({ db: testApp.db }).runOnce(now),
    ]);
    expect(first.warned + second.warned).toBe(1);
    expect(first.escalated + second.escalated).toBe(0);
    // Run again later (a restart): nothing is left to warn about.
    expect(
      (await createSlaTimers({ db: testApp.db }).runOnce(new Date(now.getTime() + 5 * MINUTE))).warned,
    ).toBe(0);

    const email = await testApp.inbox.waitFor(assignee.email, (mail) =>
      mail.subject.includes("Bijna te laat"),
    );
    expect(email.subject).toMatch(/Eerste reactie uiterlijk .+: Bijna te laat/);
    expect(email.text).toContain(`/agent/tickets/${id}`);
    const warned = (await events(id)).filter((event) => event.type === "sla_warning_sent");
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ actor: { type: "system" }, after: { target: "first_response" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const toAssignee = testApp.inbox.messages.filter((mail) => mail.to.includes(assignee.email));
    expect(toAssignee.filter((mail) => mail.subject.includes("Bijna te laat"))).toHaveLength(1);
  });

  it("warns the support team while nobody has the ticket", async () => {
    const colleague = await createStaff(testApp.db, "agent");
    const id = await fileTicket("Niemand heeft dit");
    const now = new Date();
    await dueAt(id, new Date(now.getTime() + 30 * MINUTE), new Date(now.getTime() - MINUTE));
    await createSlaTimers({ db: testApp.db }).runOnce(now);
    const email = await testApp.inbox.waitFor(colleague.email, (mail) =>
      mail.subject.includes("Niemand heeft dit"),
    );
    expect(email.to).toEqual(expect.arrayContaining([assignee.email, colleague.email]));
  });

  it("does not warn about a paused ticket", async () => {
    const id = await fileTicket("Wacht op klant");
    await as(agent).patch(`/tickets/${id}`, { status: "pending" });
    const before = await testApp.db.ticket.findUniqueOrThrow({ where: { id } });
    expect(before.slaWarnAt).toBeNull();
    expect(before.slaEscalateAt).toBeNull();
  });
});

describe("service-level escalation", () => {
  it("records a missed target, raises the priority one step, once", async () => {
    const id = await fileTicket("Te laat");
    const now = new Date();
    await dueAt(id, new Date(now.getTime() - MINUTE), new Date(now.getTime() - 10 * MINUTE));
    const [first, second] = await Promise.all([
      createSlaTimers({ db: testApp.db }).runOnce(now),
      createSlaTimers({ db: testApp.db }).runOnce(now),
    ]);
    expect(first.escalated + second.escalated).toBe(1);
    await createSlaTimers({ db: testApp.db }).runOnce(new Date(now.getTime() + MINUTE));

    const view = (await as(agent).get(`/tickets/${id}`)).body;
    expect(view.priority).toBe("high");
    expect(view.sla.breached).toEqual(["first_response"]);
    const trail = await events(id);
    expect(trail.filter((event) => event.type === "sla_breached")).toHaveLength(1);
    expect(trail.find((event) => event.type === "priority_changed")).toMatchObject({
      actor: { type: "system" },
      before: "normal",
      after: "high",
    });
    // The breach stays on record after the late reply.
    await as(agent).post(`/tickets/${id}/messages`, { body: "Sorry voor het wachten." });
    expect((await as(agent).get(`/tickets/${id}`)).body.sla.breached).toEqual(["first_response"]);
    expect((await as(agent).get("/tickets", { breached: "true", q: "Te laat" })).body.items).toHaveLength(1);
  });
});
