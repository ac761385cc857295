import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createCustomer, createMessage, createStaff, createTicket } from "./factories.ts";
import { accessTokenOf, httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const tokenOf = (email: string) => accessTokenOf(testApp, email);

interface Summary {
  id: string;
  number: number;
}

/** Every page of a list, following nextCursor: the ids in the order shown. */
async function allPages(token: string, query: Record<string, string>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const response = await as(token).get("/tickets", { ...query, ...(cursor ? { cursor } : {}) });
    expect(response.status).toBe(200);
    ids.push(...(response.body.items as Summary[]).map((item) => item.id));
    cursor = response.body.nextCursor ?? undefined;
    if (!cursor) return ids;
  }
  throw new Error("more pages than tickets");
}

/** `count` open tickets of one customer, bulk inserted (nine-digit numbers the sequence has not given). */
async function insertOpenTickets(customerId: string, count: number, subject: string) {
  const base = 100_000_000 + Math.floor(Math.random() * 800_000_000);
  await testApp.db.$executeRaw`
    INSERT INTO tickets (id, number, subject, status, priority, category, channel, customer_id, updated_at)
    SELECT gen_random_uuid(), ${base}::int + g, ${subject} || ' ' || g, 'open', 'normal', 'other', 'web',
           ${customerId}::uuid, now()
    FROM generate_series(1, ${count}::int) g`;
}

const searchIds = async (token: string, query: Record<string, string>) =>
  ((await as(token).get("/tickets", { ...query, limit: "100" })).body.items as Summary[]).map((t) => t.id);

describe("queue keyset pages", () => {
  it("show every ticket once in each sort, across pages, when many share a creation or due time", async () => {
    const agent = await createStaff(testApp.db, "agent");
    const token = await tokenOf(agent.email);
    const customer = await createCustomer(testApp.db);
    const tickets = [];
    for (let i = 0; i < 11; i++) tickets.push(await createTicket(testApp.db, { requester: customer }));
    // Ties: three groups share a creation time, and due times tie too (some tickets have none).
    const instants = [new Date("2026-01-01T10:00:00Z"), new Date("2026-01-02T10:00:00Z")];
    for (const [i, ticket] of tickets.entries()) {
      await testApp.db.ticket.update({
        where: { id: ticket.id },
        data: {
          createdAt:
            i < 5
              ? instants[0]
              : i < 9
                ? instants[1]
                : new Date(`2026-01-03T10:00:${String(i).padStart(2, "0")}Z`),
          slaNextDueAt: i % 3 === 0 ? null : instants[i % 2],
        },
      });
    }
    const rows = await testApp.db.ticket.findMany({
      where: { customerId: customer.id },
      select: { id: true, createdAt: true, slaNextDueAt: true },
    });
    const byCreated = [...rows].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    );
    const due = (row: (typeof rows)[number]) => row.slaNextDueAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const byDue = [...rows].sort((a, b) => due(a) - due(b) || (a.id < b.id ? -1 : 1));

    const query = { customer: customer.id, limit: "3" };
    expect(await allPages(token, { ...query, sort: "oldest" })).toEqual(byCreated.map((r) => r.id));
    expect(await allPages(token, { ...query, sort: "newest" })).toEqual(byCreated.map((r) => r.id).reverse());
    expect(await allPages(token, { ...query, sort: "due" })).toEqual(byDue.map((r) => r.id));
    // A filter narrows the pages the same way: only this customer's unassigned tickets, newest first.
    expect(await allPages(token, { ...query, assignee: "none", limit: "2" })).toEqual(
      byCreated.map((r) => r.id).reverse(),
    );
  });
});

describe("queue counts at scale", () => {
  it("are exact up to the cap and say so beyond it", async () => {
    const agent = await createStaff(testApp.db, "agent");
    const token = await tokenOf(agent.email);
    const few = await createCustomer(testApp.db);
    await createTicket(testApp.db, { requester: few });
    await createTicket(testApp.db, { requester: few, status: "solved" });
    const small = await as(token).get("/tickets/counts", { customer: few.id });
    expect(small.status).toBe(200);
    expect(small.body).toMatchObject({ total: 2, views: { open: 1, solved: 1 }, cap: 10_000 });
    expect(small.body.capped).toEqual({
      total: false,
      views: { mine: false, unassigned: false, open: false, waiting: false, snoozed: false, solved: false },
      sla: { breached: false, dueToday: false },
    });

    const many = await createCustomer(testApp.db);
    await insertOpenTickets(many.id, 10_001, "Bulk");
    const large = await as(token).get("/tickets/counts", { customer: many.id });
    expect(large.body).toMatchObject({ total: 10_000, views: { open: 10_000, solved: 0 } });
    expect(large.body.capped).toMatchObject({
      total: true,
      views: { open: true, unassigned: true, solved: false },
    });
  });
});

describe("queue search", () => {
  it("finds a ticket by subject, a message's word in another form, a half word, its number and the requester", async () => {
    const agent = await createStaff(testApp.db, "agent");
    const token = await tokenOf(agent.email);
    const tag = randomUUID().slice(0, 8);
    const customer = await createCustomer(testApp.db, {
      name: `Annelies Zoekmans${tag}`,
      email: `annelies.${tag}@voorbeeld.test`,
    });
    const ticket = await createTicket(testApp.db, {
      requester: customer,
      subject: "Webmail doet het niet",
      message: "Mijn betalingen zijn mislukt en de facturen kloppen niet.",
    });
    const other = await createTicket(testApp.db, {
      requester: customer,
      subject: "Verhuizing domein",
      message: "Graag overzetten.",
    });
    const find = (q: string) => searchIds(token, { q, customer: customer.id });

    expect(await find("webmail")).toEqual([ticket.id]);
    expect(await find("betaling")).toEqual([ticket.id]); // Dutch stem: betalingen -> betal
    expect(await find("factuur")).toEqual([ticket.id]); // facturen and factuur share their stem
    expect(await find("mislu")).toEqual([ticket.id]); // a half-typed word, by prefix
    expect(await find("betaling webmail")).toEqual([ticket.id]); // every word must match
    expect(await find("betaling verhuizing")).toEqual([]);
    expect(await find(`#${other.number}`)).toEqual([other.id]);
    expect(await find(String(other.number))).toEqual([other.id]);
    // The requester: part of the e-mail address, part of the name (both tickets are theirs).
    expect((await find(`annelies.${tag}@voorb`)).sort()).toEqual([ticket.id, other.id].sort());
    expect((await find(`zoekmans${tag}`)).sort()).toEqual([ticket.id, other.id].sort());
    // Input is never syntax: quotes, backslashes and tsquery operators are searched as text.
    for (const odd of ["'", "\\", "a & | ! <->", ":*", "100%", "_"]) {
      expect((await as(token).get("/tickets", { q: odd })).status).toBe(200);
    }
  });

  it("does not match an agent's search on the customer's address, bank account or date of birth", async () => {
    const agent = await createStaff(testApp.db, "agent");
    const token = await tokenOf(agent.email);
    const customer = await createCustomer(testApp.db);
    const ticket = await createTicket(testApp.db, { requester: customer, subject: "Vraag over hosting" });
    const record = await testApp.db.customer.findUniqueOrThrow({
      where: { id: customer.id },
      select: { postalAddress: true, iban: true, name: true },
    });
    const street = record.postalAddress?.split(",")[0] ?? "";
    expect(street).toContain("Privéstraat");
    // Through the name the ticket is found, so the search would reach this customer's tickets.
    expect(await searchIds(token, { q: record.name })).toContain(ticket.id);
    // (The street's second word is the factory's tag, which the name also holds: not a secret.)
    for (const secret of [
      street,
      street.split(" ")[0] ?? "",
      record.iban ?? "",
      "1975-06-21",
      "21-06-1975",
    ]) {
      expect(await searchIds(token, { q: secret }), secret).toEqual([]);
    }
  });

  it("does not match a customer's own search on an internal note", async () => {
    const customer = await createCustomer(testApp.db);
    const agent = await createStaff(testApp.db, "agent");
    const ticket = await createTicket(testApp.db, { requester: customer, subject: "Mailbox vol" });
    const word = `notitiewoord${randomUUID().slice(0, 6)}`;
    await createMessage(testApp.db, ticket, { from: "internal", author: agent, body: `Intern: ${word}` });
    const agentToken = await tokenOf(agent.email);
    expect(await searchIds(agentToken, { q: word })).toEqual([ticket.id]);
    expect(await searchIds(await tokenOf(customer.email), { q: word })).toEqual([]);
  });
});

describe("queue search over a ticket's messages", () => {
  it("stays in step with the thread: a new message, a changed one, a merge and a deleted one", async () => {
    const { staff: agent, token } = await signedInStaff(testApp, "agent");
    const customer = await createCustomer(testApp.db);
    const source = await createTicket(testApp.db, { requester: customer, status: "open" });
    const target = await createTicket(testApp.db, { requester: customer, status: "open" });
    const tag = randomUUID().slice(0, 6);
    const find = (word: string) => searchIds(token, { q: word, customer: customer.id });

    const reply = await createMessage(testApp.db, source, {
      from: "customer",
      author: customer,
      body: `Mijn router${tag} knippert`,
    });
    const note = await createMessage(testApp.db, source, {
      from: "internal",
      author: agent,
      body: `Notitie modem${tag}`,
    });
    expect(await find(`router${tag}`)).toEqual([source.id]);
    expect(await find(`modem${tag}`)).toEqual([source.id]);

    await testApp.db.ticketMessage.update({ where: { id: reply.id }, data: { body: `Mijn switch${tag}` } });
    expect(await find(`router${tag}`)).toEqual([]);
    expect(await find(`switch${tag}`)).toEqual([source.id]);

    const merged = await as(token).post(`/tickets/${source.id}/merge`, { targetTicketId: target.id });
    expect(merged.status, merged.text).toBe(200);
    expect(await find(`switch${tag}`)).toEqual([target.id]);
    expect(await find(`modem${tag}`)).toEqual([target.id]);

    await testApp.db.ticketMessage.delete({ where: { id: note.id } });
    expect(await find(`modem${tag}`)).toEqual([]);
    expect(await find(`switch${tag}`)).toEqual([target.id]);
  });

  it("does not let a customer's own search reach a word the team wrote in an internal note of a merged ticket", async () => {
    const { customer, token: customerToken } = await signedInCustomer(testApp);
    const { staff: agent, token } = await signedInStaff(testApp, "agent");
    const source = await createTicket(testApp.db, { requester: customer, status: "open" });
    const target = await createTicket(testApp.db, { requester: customer, status: "open" });
    const word = `geheimnotitie${randomUUID().slice(0, 6)}`;
    await createMessage(testApp.db, source, { from: "internal", author: agent, body: word });
    expect((await as(token).post(`/tickets/${source.id}/merge`, { targetTicketId: target.id })).status).toBe(
      200,
    );
    expect(await searchIds(token, { q: word })).toEqual([target.id]);
    expect(await searchIds(customerToken, { q: word })).toEqual([]);
  });
});

describe("queue search beyond the newest tickets", () => {
  it("finds a rare word in an old ticket behind thousands of newer ones, and pages a common word in order", async () => {
    const { token } = await signedInStaff(testApp, "agent");
    const customer = await createCustomer(testApp.db);
    const rare = `zeldzaam${randomUUID().slice(0, 6)}`;
    const old = await createTicket(testApp.db, { requester: customer, subject: `Oud ${rare}` });
    await testApp.db.ticket.update({ where: { id: old.id }, data: { createdAt: new Date("2020-01-01") } });
    // More newer tickets than a search walks before it reads its index.
    await insertOpenTickets(customer.id, 4_100, "Nieuwsbrief");

    expect(await searchIds(token, { q: rare })).toEqual([old.id]);
    expect(await searchIds(token, { q: rare, customer: customer.id })).toEqual([old.id]);
    const newest = await testApp.db.ticket.findMany({
      where: { customerId: customer.id, subject: { startsWith: "Nieuwsbrief" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 60,
      select: { id: true },
    });
    const query = { q: "nieuwsbrief", customer: customer.id, limit: "30" };
    const first = await as(token).get("/tickets", query);
    const second = await as(token).get("/tickets", { ...query, cursor: first.body.nextCursor });
    const shown = [...first.body.items, ...second.body.items] as Summary[];
    expect(shown.map((item) => item.id)).toEqual(newest.map((row) => row.id));
  });
});
