// Staff notifications: who is told of what (assignment, a customer's reply, a new unassigned ticket,
// an @mention), never the actor, in the change's own transaction; the bell's API; the e-mails the
// member chose, in their language, with the ticket's subject and the new text.
import { afterAll, describe, expect, it } from "vitest";
import { handleOf, mentionedHandles } from "../src/modules/notifications/mentions.ts";
import { createCustomer, createTicket } from "./factories.ts";
import { httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { openStream, serve, streamTicket } from "./live-stream-client.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
const server = await serve(testApp.app);
afterAll(async () => {
  await server.close();
  await testApp.close();
});
const { as } = httpCallers(testApp);

const notificationsOf = async (token: string) => (await as(token).get("/notifications").expect(200)).body;

describe("assignment", () => {
  it("tells the new assignee (bell, live frame and e-mail with the subject), not the agent who assigned", async () => {
    const anna = await signedInStaff(testApp, "agent", { name: "Anna Toewijzer" });
    const bert = await signedInStaff(testApp, "agent", { name: "Bert Ontvanger" });
    const ticket = await createTicket(testApp.db, { subject: "Website laadt traag" });
    const stream = await openStream(server.url, await streamTicket(server.url, bert.token));

    await as(anna.token).patch(`/tickets/${ticket.id}`, { assigneeId: bert.staff.id }).expect(200);

    await stream.waitFor((frame) => frame.event === "notification");
    const page = await notificationsOf(bert.token);
    expect(page.unreadCount).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        kind: "assigned",
        actorName: "Anna Toewijzer",
        ticket: expect.objectContaining({ id: ticket.id, subject: "Website laadt traag" }),
        readAt: null,
      }),
    ]);
    expect((await notificationsOf(anna.token)).items).toEqual([]);
    const email = await testApp.inbox.waitFor(bert.staff.email, (mail) =>
      mail.subject.includes("toegewezen"),
    );
    expect(email.subject).toContain("Aan jou toegewezen: Website laadt traag");
    expect(email.text).toContain("Anna Toewijzer heeft ticket");
    expect(email.text).toContain(`/agent/tickets/${ticket.id}`);
    await stream.close();

    // Assigning a ticket to yourself tells nobody.
    const own = await createTicket(testApp.db);
    await as(anna.token).patch(`/tickets/${own.id}`, { assigneeId: anna.staff.id }).expect(200);
    expect((await notificationsOf(anna.token)).unreadCount).toBe(0);
  });
});

describe("a customer's reply", () => {
  it("tells the assignee with the reply's text, by e-mail in their language; no e-mail when they turned it off", async () => {
    const agent = await signedInStaff(testApp, "agent", { name: "Carla Klantzaken" });
    await as(agent.token)
      .put("/notification-preferences", {
        email: { assigned: true, customer_replied: true, unassigned_ticket: false, mentioned: true },
        language: "en",
      })
      .expect(200);
    const { customer, token } = await signedInCustomer(testApp);
    const ticket = await createTicket(testApp.db, {
      requester: customer,
      subject: "Mailbox vol",
      assignee: agent.staff,
    });

    await as(token)
      .post(`/tickets/${ticket.id}/messages`, { body: "Hij is nog steeds vol, zie bijlage." })
      .expect(201);

    const { items } = await notificationsOf(agent.token);
    expect(items).toEqual([
      expect.objectContaining({
        kind: "customer_replied",
        actorName: null,
        excerpt: "Hij is nog steeds vol, zie bijlage.",
      }),
    ]);
    const email = await testApp.inbox.waitFor(agent.staff.email, (mail) =>
      mail.subject.includes("Customer replied"),
    );
    expect(email.subject).toContain("Customer replied: Mailbox vol");
    expect(email.text).toContain("Hij is nog steeds vol, zie bijlage.");
    expect(email.text).toContain(`/agent/tickets/${ticket.id}`);

    await as(agent.token)
      .put("/notification-preferences", {
        email: { assigned: true, customer_replied: false, unassigned_ticket: false, mentioned: true },
        language: "nl",
      })
      .expect(200);
    await as(token).post(`/tickets/${ticket.id}/messages`, { body: "Nog een vraag." }).expect(201);
    expect((await notificationsOf(agent.token)).unreadCount).toBe(2);
    await testApp.outbox.drain();
    const mails = testApp.inbox.messages.filter((mail) => mail.to.includes(agent.staff.email));
    expect(mails).toHaveLength(1);
  });
});

describe("a new ticket without an assignee", () => {
  it("reaches only those who asked for it, in the bell and by e-mail; not the phone desk", async () => {
    const wants = await signedInStaff(testApp, "customer_service");
    const quiet = await signedInStaff(testApp, "agent");
    const desk = await signedInStaff(testApp, "phone_desk");
    await as(wants.token)
      .put("/notification-preferences", {
        email: { assigned: true, customer_replied: true, unassigned_ticket: true, mentioned: true },
        language: "nl",
      })
      .expect(200);
    const created = await as()
      .post("/tickets", {
        category: "other",
        subject: "Vraag over mijn factuur",
        message: "Waarom is het bedrag hoger dan vorige maand?",
        email: "nieuw.ticket@example.test",
        name: "Nieuw Ticket",
        details: {},
      })
      .expect(201);
    const { items } = await notificationsOf(wants.token);
    expect(items[0]).toMatchObject({
      kind: "unassigned_ticket",
      ticket: { id: created.body.id },
      excerpt: "Waarom is het bedrag hoger dan vorige maand?",
    });
    const quietBell = await notificationsOf(quiet.token);
    expect(
      quietBell.items.filter((item: { ticket: { id: string } }) => item.ticket.id === created.body.id),
    ).toEqual([]);
    await as(desk.token).get("/notifications").expect(404);
    const email = await testApp.inbox.waitFor(wants.staff.email, (mail) =>
      mail.subject.includes("zonder behandelaar"),
    );
    expect(email.text).toContain("Waarom is het bedrag hoger dan vorige maand?");
    await testApp.outbox.drain();
    expect(testApp.inbox.messages.some((mail) => mail.to.includes(quiet.staff.email))).toBe(false);
  });
});

describe("@mentions in internal notes", () => {
  it("resolves the part of the address before the @, not inside addresses, and trims a full stop", () => {
    expect(handleOf("Jan.Jansen@Example.nl")).toBe("jan.jansen");
    expect([...mentionedHandles("@jan.jansen kijk jij? En @Piet. Mail naar support@example.nl")]).toEqual([
      "jan.jansen",
      "piet",
    ]);
  });

  it("tells whom a note mentions, never the writer, and the customer sees neither the note nor the mention", async () => {
    const writer = await signedInStaff(testApp, "agent", {
      name: "Dirk Schrijver",
      email: "dirk.schrijver@example.test",
    });
    const mentioned = await signedInStaff(testApp, "agent", {
      name: "Eva Genoemd",
      email: "eva.genoemd@example.test",
    });
    const { customer, token } = await signedInCustomer(testApp);
    const ticket = await createTicket(testApp.db, { requester: customer, subject: "DNS-wijziging" });

    await as(writer.token)
      .post(`/tickets/${ticket.id}/messages`, {
        body: "@eva.genoemd kun jij de DNS-records controleren? cc @dirk.schrijver",
        internal: true,
      })
      .expect(201);

    expect((await notificationsOf(writer.token)).items).toEqual([]);
    const { items } = await notificationsOf(mentioned.token);
    expect(items).toEqual([
      expect.objectContaining({
        kind: "mentioned",
        actorName: "Dirk Schrijver",
        excerpt: "@eva.genoemd kun jij de DNS-records controleren? cc @dirk.schrijver",
      }),
    ]);
    const email = await testApp.inbox.waitFor(mentioned.staff.email, (mail) =>
      mail.subject.includes("genoemd"),
    );
    expect(email.subject).toContain("DNS-wijziging");
    expect(email.text).toContain("kun jij de DNS-records controleren?");
    const customerView = await as(token).get(`/tickets/${ticket.id}`).expect(200);
    expect(JSON.stringify(customerView.body)).not.toContain("eva.genoemd");
  });

  it("offers the colleagues one can mention, with their handle", async () => {
    const agent = await signedInStaff(testApp, "agent", {
      name: "Fleur Handle",
      email: "fleur.handle@example.test",
    });
    const { items } = (await as(agent.token).get("/notifications/mentionable").expect(200)).body;
    expect(items).toContainEqual({ id: agent.staff.id, name: "Fleur Handle", handle: "fleur.handle" });
  });
});

describe("in the change's transaction", () => {
  it("a change that fails leaves no notification and no e-mail behind", async () => {
    const anna = await signedInStaff(testApp, "agent");
    const bert = await signedInStaff(testApp, "agent");
    const ticket = await createTicket(testApp.db);
    // A service the requester does not have makes the whole change fail after the assignment.
    const other = await createCustomer(testApp.db);
    const response = await as(anna.token).patch(`/tickets/${ticket.id}`, {
      assigneeId: bert.staff.id,
      serviceId: other.id,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await notificationsOf(bert.token)).unreadCount).toBe(0);
    expect(
      await testApp.db.domainEvent.count({ where: { ticketId: ticket.id, type: "staff.notification" } }),
    ).toBe(0);
  });
});

describe("the bell", () => {
  it("pages newest first, filters unread, marks one and all read; someone else's is 404", async () => {
    const anna = await signedInStaff(testApp, "agent");
    const bert = await signedInStaff(testApp, "agent");
    const tickets = [
      await createTicket(testApp.db),
      await createTicket(testApp.db),
      await createTicket(testApp.db),
    ];
    for (const ticket of tickets) {
      await as(anna.token).patch(`/tickets/${ticket.id}`, { assigneeId: bert.staff.id }).expect(200);
    }
    const first = (await as(bert.token).get("/notifications", { limit: "2" }).expect(200)).body;
    expect(first.items.map((item: { ticket: { id: string } }) => item.ticket.id)).toEqual([
      tickets[2]?.id,
      tickets[1]?.id,
    ]);
    const second = (
      await as(bert.token).get("/notifications", { limit: "2", cursor: first.nextCursor }).expect(200)
    ).body;
    expect(second.items.map((item: { ticket: { id: string } }) => item.ticket.id)).toEqual([tickets[0]?.id]);
    expect(second.nextCursor).toBeNull();

    const read = await as(bert.token).post(`/notifications/${first.items[0].id}/read`).expect(200);
    expect(read.body.readAt).not.toBeNull();
    await as(anna.token).post(`/notifications/${first.items[1].id}/read`).expect(404);
    expect((await as(bert.token).get("/notifications/unread-count").expect(200)).body).toEqual({
      unreadCount: 2,
    });
    expect(
      (await as(bert.token).get("/notifications", { unread: "true" }).expect(200)).body.items,
    ).toHaveLength(2);
    expect((await as(bert.token).post("/notifications/read-all").expect(200)).body).toEqual({
      unreadCount: 0,
    });

    await as(bert.token).get("/notifications", { cursor: "nonsense" }).expect(400);
    await as(bert.token).post("/notifications/not-a-uuid/read").expect(400);
    await as(bert.token)
      .put("/notification-preferences", { email: { assigned: "ja" }, language: "de" })
      .expect(400);
  });

  it("has sensible defaults until the member chooses", async () => {
    const agent = await signedInStaff(testApp, "agent");
    expect((await as(agent.token).get("/notification-preferences").expect(200)).body).toEqual({
      email: { assigned: true, customer_replied: true, unassigned_ticket: false, mentioned: true },
      language: "nl",
    });
  });
});
