// Finding: files added to a ticket (`POST /tickets/{id}/attachments`) were outside the upload rate
// limit: 60 MiB in 3 s from one customer. Every way a file enters now draws on one quota: files and
// bytes per hour, per account and per client address, and what a customer keeps in total.
import { readdir } from "node:fs/promises";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { CUSTOMER_STORAGE_BYTES } from "../../src/modules/tickets/ticket-attachments.service.ts";
import { uploadQuota } from "../../src/modules/uploads/uploads.service.ts";
import { createAttachment, createCustomer } from "../factories.ts";
import { signIn } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";

// A proxy on this machine in front, so X-Forwarded-For gives each test a client address of its own.
const testApp = await createTestApp({}, {}, {}, { TRUST_PROXY: "loopback" });
afterAll(() => testApp.close());

async function customerWithTickets(count: number, clientIp: string) {
  const customer = await createCustomer(testApp.db);
  const { accessToken } = await signIn(testApp, customer.email);
  const ticketIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const response = await request(testApp.app)
      .post("/api/v1/tickets")
      .set("Authorization", `Bearer ${accessToken}`)
      .set("X-Forwarded-For", clientIp)
      .send({ category: "other", subject: `Files ${index}`, message: "Files follow" });
    expect(response.status).toBe(201);
    ticketIds.push(response.body.id);
  }
  return { customer, accessToken, ticketIds };
}

const attach = (token: string, ticketId: string, bytes: Buffer, clientIp: string, name = "note.txt") =>
  request(testApp.app)
    .post(`/api/v1/tickets/${ticketId}/attachments`)
    .set("Authorization", `Bearer ${token}`)
    .set("X-Forwarded-For", clientIp)
    .attach("file", bytes, name);

const stage = (token: string, bytes: Buffer, clientIp: string) =>
  request(testApp.app)
    .post("/api/v1/uploads")
    .set("Authorization", `Bearer ${token}`)
    .set("X-Forwarded-For", clientIp)
    .attach("file", bytes, "note.txt");

const storedFileCount = async () =>
  (await readdir(testApp.attachmentsDir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  ).length;

describe("attachment upload quota", () => {
  const perAccount = uploadQuota.files.perAccount.attempts;

  it(`ticket attachments and staged uploads share one quota of ${perAccount} files an hour; the next is 429 with Retry-After`, async () => {
    const { accessToken, ticketIds } = await customerWithTickets(2, "10.4.0.1");
    for (let index = 0; index < perAccount / 2; index++) {
      const ticketId = ticketIds[index % 2] ?? "";
      expect((await attach(accessToken, ticketId, Buffer.from(`file ${index}`), "10.4.0.1")).status).toBe(
        201,
      );
      expect((await stage(accessToken, Buffer.from(`staged ${index}`), "10.4.0.1")).status).toBe(201);
    }
    const refused = await attach(accessToken, ticketIds[0] ?? "", Buffer.from("one too many"), "10.4.0.1");
    expect(refused.status).toBe(429);
    expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // The account is out, from any address.
    expect((await stage(accessToken, Buffer.from("also refused"), "10.4.0.2")).status).toBe(429);
  }, 120_000);

  it(`sending files of ${uploadQuota.bytes.perAccount.attempts / 1024 / 1024} MiB an hour to a ticket is refused (429) beyond it`, async () => {
    const { accessToken, ticketIds } = await customerWithTickets(1, "10.4.1.1");
    const nineMiB = Buffer.alloc(9 * 1024 * 1024, "a");
    const statuses: number[] = [];
    for (let index = 0; index < 7; index++) {
      statuses.push((await attach(accessToken, ticketIds[0] ?? "", nineMiB, "10.4.1.1")).status);
    }
    const allowed = Math.floor(uploadQuota.bytes.perAccount.attempts / nineMiB.length);
    expect(statuses.slice(0, allowed)).toEqual(Array(allowed).fill(201));
    expect(statuses.slice(allowed)).toEqual(Array(7 - allowed).fill(429));
    expect(await testApp.db.attachment.count({ where: { ticketId: ticketIds[0] ?? "" } })).toBe(allowed);
  }, 120_000);

  it(`customers behind one client address share ${uploadQuota.files.perClient.attempts} files an hour, each account at most ${perAccount}`, async () => {
    const perClient = uploadQuota.files.perClient.attempts;
    const accounts = await Promise.all(
      Array.from({ length: Math.ceil(perClient / perAccount) + 1 }, () => customerWithTickets(0, "10.4.2.1")),
    );
    const statuses: number[] = [];
    for (let index = 0; index < perClient; index++) {
      const accessToken = accounts[Math.floor(index / perAccount)]?.accessToken ?? "";
      statuses.push((await stage(accessToken, Buffer.from(`shared ${index}`), "10.4.2.1")).status);
    }
    expect(statuses).toEqual(Array(perClient).fill(201));
    const fresh = accounts.at(-1)?.accessToken ?? "";
    expect((await stage(fresh, Buffer.from("address used up"), "10.4.2.1")).status).toBe(429);
    // The same account from another address still has its own budget.
    expect((await stage(fresh, Buffer.from("elsewhere"), "10.4.2.2")).status).toBe(201);
  }, 180_000);
});

describe("what a customer keeps in total", () => {
  it(`a file past ${CUSTOMER_STORAGE_BYTES / 1024 / 1024} MiB in total is refused (413) on every way in, and leaves no bytes behind`, async () => {
    const { customer, accessToken, ticketIds } = await customerWithTickets(1, "10.4.3.1");
    const ticket = { id: ticketIds[0] ?? "" };
    const room = 100;
    const earlier = await createAttachment(testApp, ticket, { customer });
    await testApp.db.attachment.update({
      where: { id: earlier.id },
      data: { size: CUSTOMER_STORAGE_BYTES - room },
    });
    const filesBefore = await storedFileCount();

    const direct = await attach(accessToken, ticket.id, Buffer.alloc(room + 1, "b"), "10.4.3.1");
    expect(direct.status).toBe(413);
    expect(direct.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(direct.body.detail).toMatch(/in total/);
    expect(await storedFileCount()).toBe(filesBefore);

    const staged = await stage(accessToken, Buffer.alloc(room + 1, "c"), "10.4.3.1");
    expect(staged.status).toBe(201);
    const reply = await request(testApp.app)
      .post(`/api/v1/tickets/${ticket.id}/messages`)
      .set("Authorization", `Bearer ${accessToken}`)
      .set("X-Forwarded-For", "10.4.3.1")
      .send({ body: "Met bijlage", attachments: [staged.body.token] });
    expect(reply.status).toBe(413);
    expect(
      await testApp.db.ticketMessage.count({ where: { ticketId: ticket.id, body: "Met bijlage" } }),
    ).toBe(0);

    // What fits still fits.
    expect((await attach(accessToken, ticket.id, Buffer.alloc(room, "d"), "10.4.3.1")).status).toBe(201);
  });

  it("parallel files cannot both fit into the room that is left", async () => {
    const { customer, accessToken, ticketIds } = await customerWithTickets(1, "10.4.4.1");
    const ticket = { id: ticketIds[0] ?? "" };
    const earlier = await createAttachment(testApp, ticket, { customer });
    await testApp.db.attachment.update({
      where: { id: earlier.id },
      data: { size: CUSTOMER_STORAGE_BYTES - 150 },
    });

    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        attach(accessToken, ticket.id, Buffer.alloc(100, `${index}`), "10.4.4.1", `part-${index}.txt`),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 413, 413, 413, 413, 413]);
    const total = await testApp.db.attachment.aggregate({
      where: { uploadedByCustomerId: customer.id },
      _sum: { size: true },
    });
    expect(total._sum.size).toBeLessThanOrEqual(CUSTOMER_STORAGE_BYTES);
  });
});
