// Merging, splitting and linking tickets: what moves (thread, files, time, history), what the
// customer is told (one e-mail, from the team), and the bad input that is refused with a 4xx
// (another customer's ticket, itself, a loop, two merges of one pair at once).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAttachment, createMessage, createTicket } from "./factories.ts";
import { pngFile } from "./file-fixtures.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { db } = testApp;
const { as } = httpCallers(testApp);

let agent: Awaited<ReturnType<typeof signedInStaff>>;
beforeAll(async () => {
  agent = await signedInStaff(testApp, "agent", { name: "Petra de Vries" });
});

const customerWithTwoTickets = async () => {
  const { customer, token } = await signedInCustomer(testApp);
  const source = await createTicket(db, { requester: customer, subject: "Mail werkt niet", status: "open" });
  const target = await createTicket(db, { requester: customer, subject: "Geen e-mail meer", status: "open" });
  return { customer, token, source, target };
};

const merge = (sourceId: string, targetTicketId: string, token = agent.token) =>
  as(token).post(`/tickets/${sourceId}/merge`, { targetTicketId });

describe("merging a ticket", () => {
  it("moves the thread, files, time and history to the target and leaves a pointer on the source", async () => {
    const { customer, token, source, target } = await customerWithTwoTickets();
    const reply = await createMessage(db, source, { from: "team", author: agent.staff, body: "Welk adres?" });
    const file = await createAttachment(testApp, source, { customer }, pngFile("fout.png"));
    await db.timeEntry.create({
      data: {
        ticketId: source.id,
        staffId: agent.staff.id,
        workDate: new Date("2026-11-02"),
        billingMonth: "2026-11",
        minutes: 20,
        billable: false,
      },
    });

    const response = await merge(source.id, target.id);
    expect(response.status, response.text).toBe(200);
    expect(response.body.id).toBe(target.id);
    const messageIds = response.body.messages.map((message: { id: string }) => message.id);
    expect(messageIds).toEqual(
      expect.arrayContaining([source.firstMessageId, reply.id, target.firstMessageId]),
    );
    expect(response.body.attachments.map((a: { id: string }) => a.id)).toContain(file.id);
    expect(await db.timeEntry.count({ where: { ticketId: target.id } })).toBe(1);
    expect(await db.ticketMessage.count({ where: { ticketId: source.id } })).toBe(0);
    // The audit trail is append-only: the source's stays with it and is shown in the target's history.
    const history = await as(agent.token).get(`/tickets/${target.id}/events`);
    const types = history.body.items.map((event: { type: string }) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(["created", "merged_from", "merged_into", "status_changed"]),
    );
    expect(types.filter((type: string) => type === "created")).toHaveLength(2);
    const sourceEvents = await db.ticketEvent.findMany({ where: { ticketId: source.id } });
    expect(sourceEvents.map((event) => event.type)).toEqual(
      expect.arrayContaining(["created", "merged_into", "status_changed"]),
    );

    // The customer opening the source sees where it went; staff see the same pointer.
    const seen = await as(token).get(`/tickets/${source.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      status: "closed",
      mergedInto: { id: target.id, number: `#${target.number}` },
    });
    const staffSeen = await as(agent.token).get(`/tickets/${source.id}`);
    expect(staffSeen.body.mergedInto).toEqual({ id: target.id, number: `#${target.number}` });
    // A customer's reply to the merged ticket goes on in the target's thread.
    const late = await as(token).post(`/tickets/${source.id}/messages`, { body: "Nog een vraag" });
    expect(late.status, late.text).toBe(201);
    expect(await db.ticketMessage.count({ where: { ticketId: target.id, body: "Nog een vraag" } })).toBe(1);
  });

  it("tells the customer once, in plain words, without an agent's name", async () => {
    const { customer, source, target } = await customerWithTwoTickets();
    expect((await merge(source.id, target.id)).status).toBe(200);
    const email = await testApp.inbox.waitFor(customer.email, (e) => e.subject.includes("bij elkaar"));
    expect(email.text).toContain(
      `Je vraag #${source.number} ging over hetzelfde als ticket #${target.number}`,
    );
    expect(email.text).toContain(`/tickets/${target.id}`);
    expect(email.raw).not.toContain("Petra");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const toCustomer = testApp.inbox.messages.filter((e) => e.to.includes(customer.email));
    expect(toCustomer).toHaveLength(1);
    const outbox = await db.domainEvent.findMany({ where: { ticketId: { in: [source.id, target.id] } } });
    expect(outbox.map((event) => event.type)).toEqual(["ticket.merged"]);
  });

  it("refuses tickets of different customers, itself, an already merged ticket and a loop", async () => {
    const { source, target } = await customerWithTwoTickets();
    const other = await createTicket(db, { status: "open" });

    const different = await merge(source.id, other.id);
    expect(different.status).toBe(400);
    expect(different.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(different.body.errors[0]).toMatchObject({
      path: "body.targetTicketId",
      code: "different_customer",
    });

    const itself = await merge(source.id, source.id);
    expect(itself.status).toBe(400);
    expect(itself.body.errors[0].code).toBe("same_ticket");

    expect((await merge(source.id, target.id)).status).toBe(200);
    const again = await merge(source.id, target.id);
    expect(again.status).toBe(409);
    const loop = await merge(target.id, source.id);
    expect(loop.status).toBe(409);
    expect(loop.body.detail).toContain(`#${target.number}`);
    const unknown = await merge(source.id, "00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
  });

  it("lets only one of two merges of a pair at once, either way round, win: no loop, nothing lost", async () => {
    for (let round = 0; round < 3; round++) {
      const { source, target } = await customerWithTwoTickets();
      const [forth, back] = await Promise.all([merge(source.id, target.id), merge(target.id, source.id)]);
      expect([forth.status, back.status].sort()).toEqual([200, 409]);
      const rows = await db.ticket.findMany({
        where: { id: { in: [source.id, target.id] } },
        select: { id: true, mergedIntoTicketId: true, _count: { select: { messages: true } } },
      });
      const merged = rows.filter((row) => row.mergedIntoTicketId !== null);
      expect(merged).toHaveLength(1);
      expect(rows.reduce((sum, row) => sum + row._count.messages, 0)).toBe(2);
    }
  });

  it("is for the staff who work tickets: the customer and the phone desk get 404", async () => {
    const { token, source, target } = await customerWithTwoTickets();
    expect((await merge(source.id, target.id, token)).status).toBe(404);
    const desk = await signedInStaff(testApp, "phone_desk");
    expect((await merge(source.id, target.id, desk.token)).status).toBe(404);
  });
});

describe("splitting a message off", () => {
  it("makes a new ticket of the same customer with the message and its files, and tells the customer", async () => {
    const { customer, source } = await customerWithTwoTickets();
    const second = await createMessage(db, source, {
      from: "customer",
      author: customer,
      body: "En mijn domein?",
    });
    const file = await createAttachment(testApp, source, { customer }, pngFile("domein.png"));
    await db.attachment.update({ where: { id: file.id }, data: { messageId: second.id } });

    const response = await as(agent.token).post(`/tickets/${source.id}/messages/${second.id}/split`, {
      subject: "Domein verhuizen",
    });
    expect(response.status, response.text).toBe(201);
    const created = await as(agent.token).get(`/tickets/${response.body.id}`);
    expect(created.body).toMatchObject({
      subject: "Domein verhuizen",
      requester: { customerId: customer.id },
    });
    expect(created.body.messages.map((m: { id: string }) => m.id)).toEqual([second.id]);
    expect(created.body.messages[0].attachments.map((a: { id: string }) => a.id)).toEqual([file.id]);
    const events = await db.ticketEvent.findMany({ where: { ticketId: source.id, type: "split_off" } });
    expect(events).toHaveLength(1);
    const email = await testApp.inbox.waitFor(customer.email, (e) => e.subject.includes("aparte vraag"));
    expect(email.text).toContain(`In ticket #${source.number} stelde je ook een andere vraag`);
    expect(email.raw).not.toContain("Petra");
  });

  it("refuses the first message, an internal note and another ticket's message", async () => {
    const { source, target } = await customerWithTwoTickets();
    const note = await createMessage(db, source, { from: "internal", author: agent.staff });
    const split = (ticketId: string, messageId: string) =>
      as(agent.token).post(`/tickets/${ticketId}/messages/${messageId}/split`, {});
    expect((await split(source.id, source.firstMessageId)).status).toBe(400);
    expect((await split(source.id, note.id)).status).toBe(400);
    expect((await split(source.id, target.firstMessageId)).status).toBe(404);
  });
});

describe("linking tickets", () => {
  it("links both ways once, never to itself, lists for staff only and unlinks", async () => {
    const first = await createTicket(db, { status: "open" });
    const { token, source } = await customerWithTwoTickets();
    const linked = await as(agent.token).post(`/tickets/${source.id}/links`, { ticketId: first.id });
    expect(linked.status, linked.text).toBe(200);
    expect(linked.body.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    // Again, and the other way round: still one link.
    await as(agent.token).post(`/tickets/${first.id}/links`, { ticketId: source.id });
    expect(
      await db.ticketLink.count({ where: { OR: [{ lowTicketId: source.id }, { highTicketId: source.id }] } }),
    ).toBe(1);
    const fromOther = await as(agent.token).get(`/tickets/${first.id}/links`);
    expect(fromOther.body.items.map((item: { id: string }) => item.id)).toEqual([source.id]);

    const itself = await as(agent.token).post(`/tickets/${source.id}/links`, { ticketId: source.id });
    expect(itself.status).toBe(400);
    // The customer never sees links (the other ticket is someone else's).
    expect((await as(token).get(`/tickets/${source.id}/links`)).status).toBe(404);
    expect(JSON.stringify((await as(token).get(`/tickets/${source.id}`)).body)).not.toContain(first.id);

    const removed = await as(agent.token).delete(`/tickets/${first.id}/links/${source.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.items).toEqual([]);
  });
});

describe("a change from a stale page", () => {
  it("is refused with 409 edit_conflict when the ticket changed since the page was opened", async () => {
    const ticket = await createTicket(db, { status: "open" });
    const opened = (await as(agent.token).get(`/tickets/${ticket.id}`)).body.updatedAt as string;
    const colleague = await signedInStaff(testApp, "agent");
    const first = await as(colleague.token).patch(`/tickets/${ticket.id}`, {
      priority: "high",
      expectedUpdatedAt: opened,
    });
    expect(first.status, first.text).toBe(200);
    const stale = await as(agent.token).patch(`/tickets/${ticket.id}`, {
      priority: "low",
      expectedUpdatedAt: opened,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("edit_conflict");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("high");
    const onlyTheStamp = await as(agent.token).patch(`/tickets/${ticket.id}`, { expectedUpdatedAt: opened });
    expect(onlyTheStamp.status).toBe(400);
  });
});
