// Live streams over two API processes on one database: what one writes reaches a stream opened on
// the other, each audience hears only what it may, a reconnect resumes without a gap, and a stream
// ends the moment its session does.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createLiveEventPruning, LIVE_EVENT_KEEP_MS } from "../src/modules/live/live-event-pruning.ts";
import { createCustomer, createStaff, createTicket } from "./factories.ts";
import { httpCallers, signIn } from "./http-callers.ts";
import { openStream, serve, streamTicket } from "./live-stream-client.ts";
import { createTestApp } from "./test-app.ts";

const one = await createTestApp();
const two = await createTestApp();
const serverOne = await serve(one.app);
const serverTwo = await serve(two.app);
afterAll(async () => {
  await serverOne.close();
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

async function customerWithTicket() {
  const customer = await createCustomer(one.db);
  const ticket = await createTicket(one.db, { requester: customer, subject: "Mijn website is traag" });
  const session = await signIn(one, customer.email);
  return { customer, ticket, token: session.accessToken, cookie: session.cookie };
}

describe("live streams", () => {
  it("carry a reply written through one API process to a stream opened on the other", async () => {
    const writer = await agentNamed("Ada Schrijver");
    const reader = await agentNamed("Bram Lezer");
    const { ticket } = await customerWithTicket();
    const stream = await openStream(serverTwo.url, await streamTicket(serverTwo.url, reader.token));
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get("content-type")).toContain("text/event-stream");

    const reply = await asOne(writer.token).post(`/tickets/${ticket.id}/messages`, {
      body: "We kijken ernaar.",
    });
    expect(reply.status).toBe(201);

    const frame = await stream.waitForChange(ticket.id, "message");
    expect(frame.id).toMatch(/^\d+$/);
    await stream.close();
  });

  it("give a customer only their own tickets' changes a customer may see: no note, no assignment, no name", async () => {
    const agent = await agentNamed("Geheime Agentnaam");
    const mine = await customerWithTicket();
    const other = await customerWithTicket();
    const customerStream = await openStream(serverOne.url, await streamTicket(serverOne.url, mine.token));
    const staffStream = await openStream(serverTwo.url, await streamTicket(serverTwo.url, agent.token));

    const note = "Interne notitie: klant belt vaak";
    expect(
      (await asTwo(agent.token).post(`/tickets/${mine.ticket.id}/messages`, { body: note, internal: true }))
        .status,
    ).toBe(201);
    expect(
      (await asTwo(agent.token).patch(`/tickets/${mine.ticket.id}`, { assigneeId: agent.staff.id })).status,
    ).toBe(200);
    expect(
      (await asTwo(agent.token).post(`/tickets/${other.ticket.id}/messages`, { body: "Ander" })).status,
    ).toBe(201);
    expect(
      (await asTwo(agent.token).post(`/tickets/${mine.ticket.id}/messages`, { body: "Opgelost, denk ik." }))
        .status,
    ).toBe(201);

    // Events arrive in order, so once the public reply is there, everything before it is too.
    const lastForCustomer = await customerStream.waitForChange(mine.ticket.id, "status");
    await staffStream.waitFor((frame) => frame.id === lastForCustomer.id);

    expect(customerStream.changes().map(({ ticketId, kind }) => ({ ticketId, kind }))).toEqual([
      { ticketId: mine.ticket.id, kind: "message" },
      { ticketId: mine.ticket.id, kind: "status" },
    ]);
    for (const secret of [
      note,
      agent.staff.name,
      agent.staff.id,
      agent.staff.email,
      other.ticket.id,
      "assignment",
      "internal",
    ]) {
      expect(customerStream.raw).not.toContain(secret);
    }
    // Staff hear all of it, in order: the note, the assignment, the other ticket's reply.
    const staffKinds = staffStream
      .changes()
      .map(({ ticketId, kind }) => `${ticketId === mine.ticket.id ? "mine" : "other"}:${kind}`);
    expect(staffKinds).toEqual([
      "mine:message",
      "mine:assignment",
      "other:message",
      "other:status",
      "mine:message",
      "mine:status",
    ]);
    await customerStream.close();
    await staffStream.close();
  });

  it("resume after a reconnect from Last-Event-ID with every event missed, none twice, whichever process", async () => {
    const agent = await agentNamed("Cor Hervat");
    const { ticket } = await customerWithTicket();
    const first = await openStream(serverOne.url, await streamTicket(serverOne.url, agent.token));
    await asOne(agent.token).post(`/tickets/${ticket.id}/messages`, { body: "Eerste", internal: true });
    const seen = await first.waitForChange(ticket.id, "message");
    await first.close();

    // Written while the tab is away, concurrently through both processes.
    const missed = await Promise.all([
      ...[1, 2, 3].map((n) =>
        asOne(agent.token).post(`/tickets/${ticket.id}/messages`, { body: `Een ${n}`, internal: true }),
      ),
      ...[1, 2, 3].map((n) =>
        asTwo(agent.token).post(`/tickets/${ticket.id}/messages`, { body: `Twee ${n}`, internal: true }),
      ),
    ]);
    expect(missed.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);

    for (const [url, inQuery] of [
      [serverTwo.url, false],
      [serverOne.url, true],
    ] as const) {
      const again = await openStream(url, await streamTicket(url, agent.token), {
        lastEventId: seen.id ?? "",
        lastEventIdInQuery: inQuery,
      });
      await again.waitFor(() => again.changes().length >= 6);
      const ids = again.changes().map((change) => BigInt(change.id ?? "0"));
      expect(ids).toHaveLength(6);
      expect(
        ids.every((id, index) => id > BigInt(seen.id ?? "0") && (index === 0 || id > (ids[index - 1] ?? 0n))),
      ).toBe(true);
      await again.close();
    }
  });

  it("forget events older than a day, never the newest, and tell a tab resuming from before them to reload", async () => {
    const agent = await agentNamed("Pim Snoei");
    const { ticket } = await customerWithTicket();
    await asOne(agent.token).post(`/tickets/${ticket.id}/messages`, { body: "Oud", internal: true });
    const [old] = await one.db.liveEvent.findMany({ orderBy: { id: "desc" }, take: 1 });
    const dayAndMore = new Date(Date.now() - LIVE_EVENT_KEEP_MS - 60_000);
    await one.db.liveEvent.updateMany({ where: { id: { lte: old?.id } }, data: { createdAt: dayAndMore } });
    const pruning = createLiveEventPruning({ db: one.db });

    // The newest event is kept even when it is old: a starting process's hub begins at its id.
    await pruning.prune();
    expect(await one.db.liveEvent.count()).toBe(1);
    await asOne(agent.token).post(`/tickets/${ticket.id}/messages`, { body: "Nieuw", internal: true });
    await one.db.liveEvent.updateMany({ where: { id: old?.id }, data: { createdAt: dayAndMore } });
    expect(await pruning.prune()).toBe(1);
    const kept = await one.db.liveEvent.findMany({ select: { id: true } });
    expect(kept.every((event) => event.id > (old?.id ?? 0n))).toBe(true);

    const fromBefore = (old?.id ?? 1n) - 1n;
    const again = await openStream(serverTwo.url, await streamTicket(serverTwo.url, agent.token), {
      lastEventId: fromBefore.toString(),
    });
    await again.waitFor((frame) => frame.event === "reset");
    await again.close();
  });

  it("take a ticket once, only with a bearer token, and never one from a bad Last-Event-ID", async () => {
    const agent = await agentNamed("Dirk Eenmalig");
    expect((await request(one.app).post("/api/v1/live/stream-tickets")).status).toBe(401);
    const ticket = await streamTicket(serverOne.url, agent.token);
    const badResume = await openStream(serverOne.url, ticket, { lastEventId: "-1" });
    expect(badResume.response.status).toBe(400);
    const used = await openStream(serverOne.url, ticket);
    // The bad request above consumed nothing; this first real use did.
    expect(used.response.status).toBe(200);
    const again = await openStream(serverTwo.url, ticket);
    expect(again.response.status).toBe(401);
    expect(again.response.headers.get("content-type")).toContain("application/problem+json");
    await used.close();
  });

  it("end at once when the session ends, on every process", async () => {
    const { token, cookie } = await customerWithTicket();
    const onOne = await openStream(serverOne.url, await streamTicket(serverOne.url, token));
    const onTwo = await openStream(serverTwo.url, await streamTicket(serverTwo.url, token));
    const logout = await request(one.app)
      .post("/api/v1/auth/logout")
      .set("Cookie", cookie)
      .set("Origin", one.env.WEB_ORIGIN);
    expect(logout.status).toBe(204);
    await Promise.all([onOne.closed, onTwo.closed]);
    expect(
      (await request(one.app).post("/api/v1/live/stream-tickets").set("Authorization", `Bearer ${token}`))
        .status,
    ).toBe(401);
  });
});
