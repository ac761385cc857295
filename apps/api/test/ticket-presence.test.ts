// Collision on one ticket: who else has it open and who is typing (seen by every process, gone when
// it expires), and two replies that cross: the second is refused until its writer has read the first.
import { afterAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, createTicket } from "./factories.ts";
import { httpCallers, signIn } from "./http-callers.ts";
import { openStream, serve, streamTicket } from "./live-stream-client.ts";
import { createTestApp } from "./test-app.ts";

const one = await createTestApp();
const two = await createTestApp();
const serverTwo = await serve(two.app);
afterAll(async () => {
  await serverTwo.close();
  await one.close();
  await two.close();
});
const { as: asOne } = httpCallers(one);
const { as: asTwo } = httpCallers(two);

async function agentNamed(name: string) {
  const staff = await createStaff(one.db, "agent", { name });
  return { staff, token: (await signIn(one, staff.email)).accessToken };
}

describe("presence on a ticket", () => {
  it("shows another agent who opened the ticket and who types, across processes, and forgets who left", async () => {
    const anna = await agentNamed("Anna Aanwezig");
    const bert = await agentNamed("Bert Kijker");
    const customer = await createCustomer(one.db);
    const ticket = await createTicket(one.db, { requester: customer });
    const customerToken = (await signIn(one, customer.email)).accessToken;
    const bertStream = await openStream(serverTwo.url, await streamTicket(serverTwo.url, bert.token));
    const customerStream = await openStream(serverTwo.url, await streamTicket(serverTwo.url, customerToken));

    expect((await asTwo(bert.token).put(`/tickets/${ticket.id}/presence`, { typing: false })).body).toEqual({
      viewers: [],
    });
    const annaSees = await asOne(anna.token).put(`/tickets/${ticket.id}/presence`, { typing: false });
    expect(annaSees.body.viewers).toEqual([{ staffId: bert.staff.id, name: "Bert Kijker", typing: false }]);
    await bertStream.waitFor((frame) => frame.data.includes(ticket.id) && frame.data.includes("presence"));
    expect((await asTwo(bert.token).get(`/tickets/${ticket.id}/presence`)).body.viewers).toEqual([
      { staffId: anna.staff.id, name: "Anna Aanwezig", typing: false },
    ]);

    const presenceFrames = () => bertStream.frames.filter((frame) => frame.data.includes("presence")).length;
    const before = presenceFrames();
    await asOne(anna.token).put(`/tickets/${ticket.id}/presence`, { typing: true });
    await bertStream.waitFor(() => presenceFrames() > before);
    expect((await asTwo(bert.token).get(`/tickets/${ticket.id}/presence`)).body.viewers).toEqual([
      { staffId: anna.staff.id, name: "Anna Aanwezig", typing: true },
    ]);

    const beforeLeaving = presenceFrames();
    expect((await asOne(anna.token).delete(`/tickets/${ticket.id}/presence`)).status).toBe(204);
    await bertStream.waitFor(() => presenceFrames() > beforeLeaving);
    expect((await asTwo(bert.token).get(`/tickets/${ticket.id}/presence`)).body.viewers).toEqual([]);

    // A tab that stopped beating is gone once its time is up, without saying goodbye.
    await asOne(anna.token).put(`/tickets/${ticket.id}/presence`, { typing: false });
    await one.db.ticketPresence.updateMany({
      where: { staffId: anna.staff.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await asTwo(bert.token).get(`/tickets/${ticket.id}/presence`)).body.viewers).toEqual([]);

    // The customer heard of none of it (a later public reply marks where the stream is).
    await asOne(anna.token).post(`/tickets/${ticket.id}/messages`, { body: "We zijn ermee bezig." });
    await customerStream.waitForChange(ticket.id, "message");
    expect(customerStream.raw).not.toContain("presence");
    expect(customerStream.raw).not.toContain("Anna");
    await bertStream.close();
    await customerStream.close();
  });
});

describe("presence in the queue", () => {
  it("tells for a page of tickets who else has each open and who types, the caller left out", async () => {
    const [carla, dirk, eva] = [
      await agentNamed("Carla Rij"),
      await agentNamed("Dirk Rij"),
      await agentNamed("Eva Rij"),
    ];
    const [first, second, nobodys] = await Promise.all([1, 2, 3].map(() => createTicket(one.db)));
    await asOne(dirk.token).put(`/tickets/${first?.id}/presence`, { typing: true });
    await asTwo(eva.token).put(`/tickets/${first?.id}/presence`, { typing: false });
    await asTwo(carla.token).put(`/tickets/${second?.id}/presence`, { typing: false });

    const seen = await asTwo(carla.token).get("/presence", {
      tickets: [first?.id, second?.id, nobodys?.id].join(","),
    });
    expect(seen.status).toBe(200);
    expect(seen.body.items).toEqual([
      {
        ticketId: first?.id,
        viewers: [
          { staffId: dirk.staff.id, name: "Dirk Rij", typing: true },
          { staffId: eva.staff.id, name: "Eva Rij", typing: false },
        ],
      },
    ]);
  });

  it("refuses a malformed or too long list, and is not there for customers", async () => {
    const agent = await agentNamed("Fay Lijst");
    const tooMany = Array.from({ length: 101 }, () => crypto.randomUUID()).join(",");
    for (const tickets of ["", "not-a-uuid", tooMany]) {
      const response = await asOne(agent.token).get("/presence", { tickets });
      expect(response.status, tickets.slice(0, 20)).toBe(400);
    }
    const customer = await createCustomer(one.db);
    const customerToken = (await signIn(one, customer.email)).accessToken;
    const ticket = await createTicket(one.db, { requester: customer });
    expect((await asOne(customerToken).get("/presence", { tickets: ticket.id })).status).toBe(404);
  });
});

describe("replies that cross", () => {
  it("add only the first of two replies sent against the same last message; the second gets 409 until it has read it", async () => {
    const anna = await agentNamed("Anna Eerst");
    const bert = await agentNamed("Bert Tweede");
    const ticket = await createTicket(one.db, { status: "open" });
    const opened = await asOne(anna.token).get(`/tickets/${ticket.id}`);
    const seen = opened.body.messages.at(-1).id as string;

    const [fromAnna, fromBert] = await Promise.all([
      asOne(anna.token).post(`/tickets/${ticket.id}/messages`, {
        body: "Antwoord Anna",
        expectedLastMessageId: seen,
      }),
      asTwo(bert.token).post(`/tickets/${ticket.id}/messages`, {
        body: "Antwoord Bert",
        expectedLastMessageId: seen,
      }),
    ]);
    expect([fromAnna?.status, fromBert?.status].sort()).toEqual([201, 409]);
    const refused = fromAnna?.status === 409 ? fromAnna : fromBert;
    expect(refused?.headers["content-type"]).toContain("application/problem+json");
    expect(refused?.body.code).toBe("reply_crossed");
    expect(await one.db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(2);

    const now = (await asTwo(bert.token).get(`/tickets/${ticket.id}`)).body.messages.at(-1).id as string;
    const again = await asTwo(bert.token).post(`/tickets/${ticket.id}/messages`, {
      body: "Antwoord Bert, na lezen",
      expectedLastMessageId: now,
    });
    expect(again.status).toBe(201);
  });

  it("count internal notes for staff only: a customer's reply is not refused over a note they cannot see", async () => {
    const anna = await agentNamed("Anna Notitie");
    const customer = await createCustomer(one.db);
    const ticket = await createTicket(one.db, { requester: customer, status: "open" });
    const customerToken = (await signIn(one, customer.email)).accessToken;
    const seen = (await asOne(customerToken).get(`/tickets/${ticket.id}`)).body.messages.at(-1).id as string;
    await asOne(anna.token).post(`/tickets/${ticket.id}/messages`, { body: "Notitie", internal: true });

    const reply = await asOne(customerToken).post(`/tickets/${ticket.id}/messages`, {
      body: "Nog een vraag",
      expectedLastMessageId: seen,
    });
    expect(reply.status).toBe(201);
    const staffSeen = (await asOne(anna.token).get(`/tickets/${ticket.id}`)).body.messages.at(-2)
      .id as string;
    const stale = await asOne(anna.token).post(`/tickets/${ticket.id}/messages`, {
      body: "Antwoord",
      expectedLastMessageId: staffSeen,
    });
    expect(stale.status).toBe(409);
  });
});
