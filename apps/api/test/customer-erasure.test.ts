// Erasing a customer (right to be forgotten): afterwards a scan of every table, the attachments
// folder and the outbox finds none of their personal values; the tickets stay for the record, their
// sessions end, other customers are untouched, and a second erasure is refused.
import { readFile } from "node:fs/promises";
import path from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, createTicket } from "./factories.ts";
import { PDF } from "./file-fixtures.ts";
import { accessTokenOf, httpCallers, signedInStaff } from "./http-callers.ts";
import { createTestApp, TEST_INBOUND_SECRET } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { db } = testApp;

// Values no other row of this database holds, so any hit in the scan is a leftover.
const personal = {
  email: "gerda.vandergast@voorbeeld-erasure.nl",
  name: "Gerda van der Gast",
  phone: "+31 6 4455 6677",
  postalAddress: "Wisstraat 19, 3511 ZZ Utrecht",
  iban: "NL02RABO0123456789",
  dateOfBirth: "1961-03-17",
};
// What the scan looks for: each value, and the parts of the name that identify.
const needles = [
  personal.email,
  "Gerda",
  "Gast",
  "44556677",
  "4455 6677",
  "Wisstraat",
  "RABO0123456789",
  personal.dateOfBirth,
];

let customerId: string;
let customerToken: string;
let storageKey: string;
let cancellationNumber: number;

beforeAll(async () => {
  const customer = await db.customer.create({
    data: {
      ...personal,
      dateOfBirth: new Date(personal.dateOfBirth),
      passwordHash: (await createCustomer(db)).passwordHash,
      services: {
        create: [
          {
            kind: "domain",
            name: "zonnebloem-webshop.nl",
            serviceLevel: "standard",
            billingPeriod: "yearly",
          },
        ],
      },
    },
  });
  customerId = customer.id;
  customerToken = await accessTokenOf(testApp, personal.email);
  const me = as(customerToken);

  const question = await me.post("/tickets", {
    category: "billing",
    subject: "Nieuw IBAN voor Gerda van der Gast",
    message: `Graag voortaan afschrijven van ${personal.iban}. Bel gerust: 06-44556677.\n\n-- \nGerda van der Gast\n${personal.postalAddress}`,
    details: { request: "iban_change" },
  });
  expect(question.status, question.text).toBe(201);
  const upload = await request(testApp.app)
    .post(`/api/v1/tickets/${question.body.id}/attachments`)
    .set("Authorization", `Bearer ${customerToken}`)
    .attach("file", PDF, "machtiging Gerda.pdf");
  expect(upload.status, upload.text).toBe(201);
  storageKey = (await db.attachment.findFirstOrThrow({ where: { ticketId: question.body.id } })).storageKey;

  // Their e-mailed reply, kept as received for staff.
  const confirmation = await testApp.inbox.waitFor(personal.email, (mail) => Boolean(mail.parsed.replyTo));
  const replyTo = confirmation.parsed.replyTo?.value[0]?.address ?? "";
  const emailedReply = new MailComposer({
    from: `${personal.name} <${personal.email}>`,
    to: replyTo,
    subject: "Re: Nieuw IBAN",
    text: `Dank je, het klopt.\n\n-- \n${personal.name}\n${personal.phone}`,
  })
    .compile()
    .build();
  const received = await request(testApp.app)
    .post("/api/v1/inbound-email")
    .set("X-Inbound-Secret", TEST_INBOUND_SECRET)
    .set("X-Envelope-From", personal.email)
    .attach("message", await emailedReply, "mail.eml");
  expect(received.status, received.text).toBeLessThan(300);
  expect(await db.inboundEmail.count({ where: { ticketId: question.body.id } })).toBe(1);

  const cancellation = await me.post("/tickets", {
    category: "cancellation",
    subject: "Opzegging domein",
    message: "Ik zeg zonnebloem-webshop.nl op per 1 januari.",
    details: { cancel: "domain", serviceName: "zonnebloem-webshop.nl", requestedEndDate: "2027-01-01" },
  });
  expect(cancellation.status, cancellation.text).toBe(201);
  cancellationNumber = Number(String(cancellation.body.number).replace("#", ""));

  const { token: agent } = await signedInStaff(testApp, "agent");
  const reply = await as(agent).post(`/tickets/${question.body.id}/messages`, {
    body: "Beste Gerda, het nieuwe rekeningnummer is verwerkt.",
  });
  expect(reply.status, reply.text).toBe(201);
  const { token: phoneDesk } = await signedInStaff(testApp, "phone_desk");
  const callback = await as(phoneDesk).post("/tickets", {
    category: "callback",
    subject: "Terugbelverzoek",
    message: "Belt terug over de opzegging",
    email: personal.email,
    details: { callerName: "Gerda Gast", phone: personal.phone, preferredTime: "na 14:00" },
  });
  expect(callback.status, callback.text).toBe(201);
  // A sign-in link request leaves a queued e-mail and a limit counter keyed by the address.
  expect((await as().post("/auth/email-link", { email: personal.email })).status).toBe(202);
}, 120_000);

/** Every row of every table in the database, as JSON text, with the table's name. */
async function everyRow(): Promise<{ table: string; row: string }[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const rows: { table: string; row: string }[] = [];
  for (const { table_name: table } of tables) {
    const found = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${table}" t`,
    );
    rows.push(...found.map(({ row }) => ({ table, row })));
  }
  return rows;
}

const leftovers = async () =>
  (await everyRow()).flatMap(({ table, row }) =>
    needles
      .filter((needle) => row.toLowerCase().includes(needle.toLowerCase()))
      .map((needle) => `${table}: ${needle}`),
  );

describe("erasing a customer", () => {
  it("is refused to support agents and billing, and for an unknown customer or a staff id (404)", async () => {
    for (const role of ["agent", "billing", "phone_desk"] as const) {
      const { token } = await signedInStaff(testApp, role);
      expect((await as(token).post(`/customers/${customerId}/erasure`, { reason: "Verzoek" })).status).toBe(
        404,
      );
    }
    const { staff, token } = await signedInStaff(testApp, "customer_service");
    expect((await as(token).post(`/customers/${staff.id}/erasure`, { reason: "Verzoek" })).status).toBe(404);
    const tooShort = await as(token).post(`/customers/${customerId}/erasure`, { reason: "" });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors[0].path).toBe("body.reason");
    expect(await db.customerErasure.count()).toBe(0);
  });

  it("leaves none of their personal values in any table, the outbox or the attachments folder", async () => {
    // The scan finds them before: it would catch a leftover.
    expect((await leftovers()).length).toBeGreaterThan(5);
    const other = await createCustomer(db, { name: "Henk Blijft" });

    const { staff, token } = await signedInStaff(testApp, "customer_service", {
      name: "Carla Klantenservice",
    });
    const erased = await as(token).post(`/customers/${customerId}/erasure`, {
      reason: "Verzoek van de klant per ticket",
    });
    expect(erased.status, erased.text).toBe(200);
    expect(erased.body).toMatchObject({
      customerId,
      erasedBy: { id: staff.id, name: "Carla Klantenservice" },
      reason: "Verzoek van de klant per ticket",
      counts: { tickets: 3, attachments: 1, services: 1, emailOriginals: 1 },
    });
    expect(erased.body.counts.queuedEmails).toBeGreaterThan(0);

    expect(await leftovers()).toEqual([]);
    await expect(readFile(path.join(testApp.attachmentsDir, storageKey))).rejects.toThrow(/ENOENT/);
    // Nobody else was touched.
    expect((await db.customer.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Henk Blijft");
  });

  it("keeps the tickets for the record, the team's words and the cancellation's facts, without the person", async () => {
    const tickets = await db.ticket.findMany({ where: { customerId }, include: { messages: true } });
    expect(tickets).toHaveLength(3);
    const bodies = tickets.flatMap((ticket) => ticket.messages.map((message) => message.body));
    expect(bodies).toContain("Beste [verwijderd], het nieuwe rekeningnummer is verwerkt.");
    // Their own signature is gone, not merely scrubbed.
    expect(bodies.find((body) => body.startsWith("Graag voortaan"))).toBe(
      "Graag voortaan afschrijven van [verwijderd]. Bel gerust: [verwijderd].",
    );
    const cancellation = tickets.find((ticket) => ticket.number === cancellationNumber);
    expect(cancellation?.details).toEqual({
      cancel: "domain",
      serviceName: "zonnebloem-webshop.nl",
      requestedEndDate: "2027-01-01",
    });
    const callback = tickets.find((ticket) => ticket.category === "callback");
    expect(callback?.details).toMatchObject({ callerName: "[verwijderd]", phone: "[verwijderd]" });
  });

  it("ends their sessions at once", async () => {
    expect((await as(customerToken).get("/me")).status).toBe(401);
  });

  it("is recorded once: a second erasure is 409, and the record reads back", async () => {
    const { token } = await signedInStaff(testApp, "admin");
    const again = await as(token).post(`/customers/${customerId}/erasure`, { reason: "Nog een keer" });
    expect(again.status).toBe(409);
    const record = await as(token).get(`/customers/${customerId}/erasure`);
    expect(record.status).toBe(200);
    expect(record.body.reason).toBe("Verzoek van de klant per ticket");
    expect(await db.customerErasure.count({ where: { customerId } })).toBe(1);
  });

  it("two erasures at once: one succeeds, the other is 409, nothing half-done", async () => {
    const customer = await createCustomer(db, { name: "Tweemaal Gewist" });
    const { token } = await signedInStaff(testApp, "customer_service");
    const responses = await Promise.all(
      [1, 2].map(() => as(token).post(`/customers/${customer.id}/erasure`, { reason: "Verzoek" })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).name).toBe(
      "Verwijderde klant",
    );
  });
  it("waits while billable time of theirs is not invoiced, saying which months, and erases once it is", async () => {
    const customer = await createCustomer(db, { name: "Open Rekening" });
    const ticket = await createTicket(db, { requester: customer });
    const agent = await createStaff(db, "agent");
    const consent = await db.billingConsent.create({
      data: {
        ticketId: ticket.id,
        description: "Maatwerk aan de website",
        centsPerBlock: 2500,
        vatPercent: 21,
        status: "accepted",
        answeredAt: new Date(),
        requestedByStaffId: agent.id,
      },
    });
    const entry = await db.timeEntry.create({
      data: {
        ticketId: ticket.id,
        staffId: agent.id,
        workDate: new Date("2026-10-05T00:00:00Z"),
        billingMonth: "2026-10",
        minutes: 20,
        billable: true,
        note: "Maatwerk",
        consentId: consent.id,
      },
    });
    const { token } = await signedInStaff(testApp, "customer_service");
    const refused = await as(token).post(`/customers/${customer.id}/erasure`, { reason: "Verzoek" });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("billing_not_invoiced");
    expect(refused.body.detail).toContain("2026-10");
    // Nothing was done: the customer is as they were, and no erasure is on the record.
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).name).toBe("Open Rekening");
    expect(await db.customerErasure.count({ where: { customerId: customer.id } })).toBe(0);

    await db.timeEntry.update({ where: { id: entry.id }, data: { invoicedAt: new Date() } });
    const erased = await as(token).post(`/customers/${customer.id}/erasure`, { reason: "Verzoek" });
    expect(erased.status, erased.text).toBe(200);
  });
});
