// A customer's own data on request: one archive with everything of theirs and nothing else (no staff
// names, no internal notes, no other customer), e-mailed as a link that works once, only for them,
// and not after it expired.
import { strFromU8, unzipSync } from "fflate";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAttachment, createCustomer, createMessage, createStaff, createTicket } from "./factories.ts";
import { pdfFile } from "./file-fixtures.ts";
import { accessTokenOf, bearer, httpCallers, signedInStaff, tokenFromLink } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);
const { db } = testApp;

const download = (accessToken: string, token: string) =>
  request(testApp.app)
    .post("/api/v1/me/data-export/download")
    .set(bearer(accessToken))
    .send({ token })
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done(null, Buffer.concat(chunks)));
    });

/** Asks for the export as the customer and returns the link's token from the e-mail. */
async function exportLink(email: string, accessToken: string): Promise<string> {
  const earlier = new Set(testApp.inbox.messages);
  const asked = await as(accessToken).post("/me/data-export");
  expect(asked.status, asked.text).toBe(202);
  const mail = await testApp.inbox.waitFor(
    email,
    (m) => !earlier.has(m) && /gegevens staan klaar/i.test(m.subject),
  );
  return tokenFromLink(mail.text);
}

let owner: Awaited<ReturnType<typeof createCustomer>>;
let ownerToken: string;
let ticketNumbers: number[];
const agentName = "Agnes Achternaam";

beforeAll(async () => {
  owner = await createCustomer(db, { name: "Olga Eigenaar" });
  ownerToken = await accessTokenOf(testApp, owner.email);
  const agent = await createStaff(db, "agent", { name: agentName });
  const first = await createTicket(db, {
    requester: owner,
    subject: "Factuur klopt niet",
    message: "Te hoog bedrag",
  });
  await createMessage(db, first, { from: "team", author: agent, body: "We hebben het bedrag aangepast." });
  await createMessage(db, first, { from: "internal", author: agent, body: "Geheime interne notitie" });
  await createAttachment(testApp, first, { customer: owner }, pdfFile("factuur.pdf"));
  const second = await createTicket(db, {
    requester: owner,
    subject: "Opzegging",
    message: "Graag opzeggen",
  });
  const stranger = await createCustomer(db, { name: "Stefan Vreemde" });
  const strangers = await createTicket(db, {
    requester: stranger,
    subject: "Andermans vraag",
    message: "Niet van Olga",
  });
  await db.ticketRating.createMany({
    data: [
      {
        ticketId: first.id,
        score: "good",
        comment: "Snel opgelost, dank!",
        ratedAt: new Date("2026-03-02T10:00:00Z"),
      },
      { ticketId: strangers.id, score: "bad", comment: "Andermans oordeel" },
    ],
  });
  ticketNumbers = [first, second].map((ticket) => ticket.number);
}, 60_000);

describe("a customer's data export", () => {
  it("holds everything of theirs and nothing else, and works once", async () => {
    const token = await exportLink(owner.email, ownerToken);
    const response = await download(ownerToken, token);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/application\/zip/);
    expect(response.headers["cache-control"]).toMatch(/no-store/);

    const files = unzipSync(new Uint8Array(response.body as Buffer));
    const data = JSON.parse(strFromU8(files["gegevens.json"] ?? new Uint8Array()));
    expect(data.customer).toMatchObject({ id: owner.id, email: owner.email, iban: owner.iban });
    expect(
      data.tickets.map((ticket: { number: string }) => Number(ticket.number.replace("#", ""))).sort(),
    ).toEqual([...ticketNumbers].sort());
    // Their own rating, with their words and its date; not the stranger's.
    expect(data.ratings).toEqual([
      expect.objectContaining({
        score: "good",
        comment: "Snel opgelost, dank!",
        ratedAt: "2026-03-02T10:00:00.000Z",
      }),
    ]);
    expect(strFromU8(files["overzicht.txt"] ?? new Uint8Array())).toMatch(/Beoordelingen \(1\)\n.* goed /);
    const everything = Object.values(files)
      .map((bytes) => Buffer.from(bytes).toString("latin1"))
      .join("\n");
    expect(everything).toContain("We hebben het bedrag aangepast.");
    expect(strFromU8(files["overzicht.txt"] ?? new Uint8Array())).toContain("Olga Eigenaar");
    const attachment = Object.keys(files).find(
      (name) => name.startsWith("bijlagen/") && name.endsWith("factuur.pdf"),
    );
    expect(Buffer.from(files[attachment ?? ""] ?? [])).toEqual(pdfFile().bytes);
    for (const absent of [
      agentName,
      "Geheime interne notitie",
      "Stefan Vreemde",
      "Andermans vraag",
      "Andermans oordeel",
    ]) {
      expect(everything, absent).not.toContain(absent);
    }

    // Once: the same link again is refused, and the archive is gone from storage.
    expect((await download(ownerToken, token)).status).toBe(404);
    expect(await db.dataExport.count({ where: { customerId: owner.id, storageKey: { not: null } } })).toBe(0);
  });

  it("is refused to another account, an expired link and a made-up one alike (404)", async () => {
    const other = await createCustomer(db);
    const otherToken = await accessTokenOf(testApp, other.email);
    const token = await exportLink(owner.email, ownerToken);
    const answers = [await download(otherToken, token), await download(ownerToken, "y".repeat(43))];
    await db.dataExport.updateMany({
      where: { customerId: owner.id, status: "ready" },
      data: { expiresAt: new Date(0) },
    });
    answers.push(await download(ownerToken, token));
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
    // The same answer for each: nothing tells whether the link existed or whose it was.
    const problems = answers.map((answer) => {
      const { code, detail, title } = JSON.parse(String(answer.body));
      return JSON.stringify({ code, detail, title });
    });
    expect(new Set(problems).size).toBe(1);
    // The expired archive is deleted by the sweep, file and link.
    const expired = await db.dataExport.findFirstOrThrow({
      where: { customerId: owner.id, storageKey: { not: null } },
    });
    expect(await testApp.dataExports.deleteExpired()).toBe(1);
    await expect(testApp.storage.get(expired.storageKey ?? "")).rejects.toThrow(/ENOENT/);
  });

  it("can be started by customer service for a customer; the link goes to the customer", async () => {
    const customer = await createCustomer(db);
    const { staff, token } = await signedInStaff(testApp, "customer_service");
    expect((await as(token).post(`/customers/${customer.id}/data-export`)).status).toBe(202);
    const mail = await testApp.inbox.waitFor(customer.email, (m) => /gegevens staan klaar/i.test(m.subject));
    expect(mail.to).toEqual([customer.email]);
    expect(testApp.inbox.messages.some((m) => m.to.includes(staff.email))).toBe(false);
    const { token: agentToken } = await signedInStaff(testApp, "agent");
    expect((await as(agentToken).post(`/customers/${customer.id}/data-export`)).status).toBe(404);
  });

  it("while one is being prepared, another is 409, and erasing that customer waits too", async () => {
    const customer = await createCustomer(db);
    await db.dataExport.create({ data: { customerId: customer.id } });
    const token = await accessTokenOf(testApp, customer.email);
    expect((await as(token).post("/me/data-export")).status).toBe(409);
    const { token: service } = await signedInStaff(testApp, "customer_service");
    const erase = await as(service).post(`/customers/${customer.id}/erasure`, { reason: "Verzoek" });
    expect(erase.status).toBe(409);
    expect(erase.body.detail).toMatch(/being prepared/);
  });
});
