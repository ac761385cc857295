// Finding: files added to a ticket (`POST /tickets/{id}/attachments`) were outside the upload rate
// limit: 60 MiB in 3 s from one customer. Every way a file enters over HTTP now draws on one quota,
// files and bytes per hour, per account (or per client address for guests).
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { uploadQuota } from "../../src/modules/uploads/uploads.service.ts";
import { createCustomer } from "../factories.ts";
import { signIn } from "../http-callers.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

async function customerWithTickets(count: number) {
  const { accessToken } = await signIn(testApp, (await createCustomer(testApp.db)).email);
  const ticketIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const response = await request(testApp.app)
      .post("/api/v1/tickets")
      .set("Authorization", `Bearer ${accessToken}`)
      .send({ category: "other", subject: `Files ${index}`, message: "Files follow" });
    expect(response.status).toBe(201);
    ticketIds.push(response.body.id);
  }
  return { accessToken, ticketIds };
}

const attach = (token: string, ticketId: string, bytes: Buffer, name = "note.txt") =>
  request(testApp.app)
    .post(`/api/v1/tickets/${ticketId}/attachments`)
    .set("Authorization", `Bearer ${token}`)
    .attach("file", bytes, name);

const stage = (token: string, bytes: Buffer) =>
  request(testApp.app)
    .post("/api/v1/uploads")
    .set("Authorization", `Bearer ${token}`)
    .attach("file", bytes, "note.txt");

describe("attachment upload quota", () => {
  it(`ticket attachments and staged uploads share one quota of ${uploadQuota.files.attempts} files an hour; the next is 429 with Retry-After`, async () => {
    const { accessToken, ticketIds } = await customerWithTickets(2);
    const half = uploadQuota.files.attempts / 2;
    for (let index = 0; index < half; index++) {
      const ticketId = ticketIds[index % 2] ?? "";
      expect((await attach(accessToken, ticketId, Buffer.from(`file ${index}`))).status).toBe(201);
      expect((await stage(accessToken, Buffer.from(`staged ${index}`))).status).toBe(201);
    }
    const refused = await attach(accessToken, ticketIds[0] ?? "", Buffer.from("one too many"));
    expect(refused.status).toBe(429);
    expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await stage(accessToken, Buffer.from("also refused"))).status).toBe(429);
  }, 120_000);

  it(`sending files of ${uploadQuota.bytes.attempts / 1024 / 1024} MiB an hour to a ticket is refused (429) beyond it`, async () => {
    const { accessToken, ticketIds } = await customerWithTickets(1);
    const nineMiB = Buffer.alloc(9 * 1024 * 1024, "a");
    const statuses: number[] = [];
    for (let index = 0; index < 7; index++) {
      statuses.push((await attach(accessToken, ticketIds[0] ?? "", nineMiB)).status);
    }
    const allowed = Math.floor(uploadQuota.bytes.attempts / nineMiB.length);
    expect(statuses.slice(0, allowed)).toEqual(Array(allowed).fill(201));
    expect(statuses.slice(allowed)).toEqual(Array(7 - allowed).fill(429));
    expect(await testApp.db.attachment.count({ where: { ticketId: ticketIds[0] ?? "" } })).toBe(allowed);
  }, 120_000);
});
