// Bulk changes in the queue: the same change to many tickets, each with the rules of one change and
// its own audit event; a ticket that refuses is reported and the others still change; bad input is
// one 400 before anything changes; only the queue's workers may.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { db } = testApp;
const { as } = httpCallers(testApp);

let agent: Awaited<ReturnType<typeof signedInStaff>>;
beforeAll(async () => {
  agent = await signedInStaff(testApp, "agent");
});

const eventsOf = (ticketId: string, type: string) =>
  db.ticketEvent.findMany({ where: { ticketId, type }, orderBy: { createdAt: "asc" } });

describe("a bulk change", () => {
  it("hands tickets over and sets status and priority, one audit event each, reporting the ones that refuse", async () => {
    const colleague = await createStaff(db, "customer_service");
    const open = await createTicket(db, { status: "open" });
    const fresh = await createTicket(db, { status: "new" });
    const closed = await createTicket(db, { status: "closed" });
    const unknown = randomUUID();

    const response = await as(agent.token).post("/tickets/bulk", {
      ticketIds: [open.id, closed.id, fresh.id, unknown],
      change: { status: "pending", priority: "high", assigneeId: colleague.id },
    });

    expect(response.status).toBe(200);
    expect(response.body.changed).toBe(2);
    expect(response.body.failed).toBe(2);
    expect(
      response.body.items.map((item: { ticketId: string; ok: boolean }) => [item.ticketId, item.ok]),
    ).toEqual([
      [open.id, true],
      [closed.id, false],
      [fresh.id, true],
      [unknown, false],
    ]);
    expect(response.body.items[1].problem).toMatchObject({ status: 409, code: "conflict" });
    expect(response.body.items[3].problem).toMatchObject({ status: 404, code: "not_found" });

    for (const ticket of [open, fresh]) {
      const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      expect([row.status, row.priority, row.assigneeId]).toEqual(["pending", "high", colleague.id]);
      expect(await eventsOf(ticket.id, "assignee_changed")).toHaveLength(1);
      expect(await eventsOf(ticket.id, "status_changed")).toHaveLength(1);
      expect(await eventsOf(ticket.id, "priority_changed")).toHaveLength(1);
    }
    const untouched = await db.ticket.findUniqueOrThrow({ where: { id: closed.id } });
    expect([untouched.status, untouched.priority, untouched.assigneeId]).toEqual(["closed", "normal", null]);
  });

  it("applies each ticket's own rules: an assignee who does not work tickets is refused per ticket", async () => {
    const phoneDesk = await createStaff(db, "phone_desk");
    const ticket = await createTicket(db, { status: "open" });
    const response = await as(agent.token).post("/tickets/bulk", {
      ticketIds: [ticket.id],
      change: { assigneeId: phoneDesk.id },
    });
    expect(response.status).toBe(200);
    expect(response.body.items[0]).toMatchObject({
      ok: false,
      problem: { status: 400, code: "validation_failed" },
    });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).assigneeId).toBeNull();
  });

  it("lets two bulk changes over the same tickets at once both finish, with every change on the record", async () => {
    const [first, second] = [await createStaff(db, "agent"), await createStaff(db, "agent")];
    const tickets = await Promise.all([1, 2, 3].map(() => createTicket(db, { status: "open" })));
    const ids = tickets.map((ticket) => ticket.id);
    const responses = await Promise.all([
      as(agent.token).post("/tickets/bulk", { ticketIds: ids, change: { assigneeId: first.id } }),
      as(agent.token).post("/tickets/bulk", {
        ticketIds: [...ids].reverse(),
        change: { assigneeId: second.id },
      }),
    ]);
    expect(responses.map((response) => [response.status, response.body.changed])).toEqual([
      [200, 3],
      [200, 3],
    ]);
    const idOf = (value: unknown) => (value as { id: string } | null)?.id ?? null;
    for (const id of ids) {
      const events = await eventsOf(id, "assignee_changed");
      const row = await db.ticket.findUniqueOrThrow({ where: { id } });
      // The changes queued up: each one's "before" is what the previous one left, and the last one's
      // "after" is what the ticket shows.
      expect(events.length).toBeGreaterThanOrEqual(1);
      expect(idOf(events[0]?.before)).toBeNull();
      for (const [index, event] of events.entries()) {
        if (index > 0) expect(idOf(event.before)).toBe(idOf(events[index - 1]?.after));
      }
      expect(idOf(events.at(-1)?.after)).toBe(row.assigneeId);
    }
  });

  it("refuses bad input with one 400 naming the field, before changing anything", async () => {
    const ticket = await createTicket(db, { status: "open" });
    const cases: [object, string][] = [
      [{ ticketIds: [], change: { priority: "high" } }, "body.ticketIds"],
      [{ ticketIds: [ticket.id, ticket.id], change: { priority: "high" } }, "body.ticketIds"],
      [
        { ticketIds: Array.from({ length: 101 }, () => randomUUID()), change: { priority: "high" } },
        "body.ticketIds",
      ],
      [{ ticketIds: ["not-a-uuid"], change: { priority: "high" } }, "body.ticketIds.0"],
      [{ ticketIds: [ticket.id], change: {} }, "body.change"],
      [{ ticketIds: [ticket.id], change: { status: "lost" } }, "body.change.status"],
      [{ ticketIds: [ticket.id] }, "body.change"],
    ];
    for (const [body, path] of cases) {
      const response = await as(agent.token).post("/tickets/bulk", body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(path);
    }
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("normal");
  });

  it("is not there for customers or the phone desk", async () => {
    const ticket = await createTicket(db, { status: "open" });
    const customer = await signedInCustomer(testApp);
    const phoneDesk = await signedInStaff(testApp, "phone_desk");
    for (const token of [customer.token, phoneDesk.token]) {
      const response = await as(token).post("/tickets/bulk", {
        ticketIds: [ticket.id],
        change: { priority: "high" },
      });
      expect(response.status).toBe(404);
    }
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("normal");
  });
});
