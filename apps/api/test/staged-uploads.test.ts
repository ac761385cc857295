// Files sent before their ticket or reply exists (POST /uploads) and the tickets and replies that
// carry them by token: atomically, once, within their time, with the attachments' own limits.
import { randomBytes } from "node:crypto";
import request from "supertest";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "../src/http/endpoint.ts";
import { createStagedUploadSweeper } from "../src/jobs/staged-upload-sweeper.ts";
import { hashSecretToken } from "../src/lib/security/secret-token.ts";
import { uploadQuota } from "../src/modules/uploads/uploads.service.ts";
import { createStagedUpload, createTicket } from "./factories.ts";
import { EXE, PDF, pdfFile, pngFile } from "./file-fixtures.ts";
import { asBytes, bearer, signedInCustomer, signedInStaff, tokenFromLink } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { app, db } = testApp;

// All requests come from one client address: each test starts with that address's budget unused.
beforeEach(async () => {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "upload" } } });
});

/** A well-formed token that no upload ever had. */
const unknownToken = () => randomBytes(32).toString("base64url");

const stage = (bytes: Buffer, name: string, accessToken?: string) =>
  request(app).post("/api/v1/uploads").set(bearer(accessToken)).attach("file", bytes, name);

/** The token of a file staged by the factory (a PDF unless given). */
const stagedToken = async (file = pdfFile()) => (await createStagedUpload(testApp, file)).token;

let guests = 0;
/** A guest's ticket body with these upload tokens. */
const guestTicket = (attachments: string[], email = `gast-${++guests}-${Date.now()}@example.test`) => ({
  category: "other",
  subject: "Formulier meegestuurd",
  message: "Zie de bijlage.",
  email,
  name: "Gast Klant",
  attachments,
});

const fileTicket = (body: object, accessToken?: string, idempotencyKey?: string) => {
  const call = request(app).post("/api/v1/tickets").set(bearer(accessToken));
  return (idempotencyKey ? call.set("Idempotency-Key", idempotencyKey) : call).send(body);
};
const reply = (ticketId: string, body: object, accessToken: string) =>
  request(app).post(`/api/v1/tickets/${ticketId}/messages`).set(bearer(accessToken)).send(body);
const viewTicket = async (ticketId: string, accessToken: string) => {
  const response = await request(app).get(`/api/v1/tickets/${ticketId}`).set(bearer(accessToken));
  expect(response.status).toBe(200);
  return response.body;
};
const downloadBytes = (ticketId: string, attachmentId: string, accessToken: string) =>
  request(app)
    .get(`/api/v1/tickets/${ticketId}/attachments/${attachmentId}`)
    .set(bearer(accessToken))
    .buffer(true)
    .parse(asBytes);

const ticketsOf = (email: string) => db.ticket.count({ where: { customer: { email } } });
const stagedRowOf = (token: string) =>
  db.stagedUpload.findUnique({ where: { tokenHash: hashSecretToken(token) } });
const expire = (token: string) =>
  db.stagedUpload.update({
    where: { tokenHash: hashSecretToken(token) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });

describe("a guest files a ticket with a file", () => {
  it("uploads the form, files the cancellation with its token, and customer and staff see it on the first message", async () => {
    const upload = await stage(PDF, "C:\\Users\\jan\\Opzegformulier.PDF");
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({
      name: "Opzegformulier.pdf",
      size: PDF.length,
      contentType: "application/pdf",
    });
    expect(upload.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hoursLeft = (Date.parse(upload.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);
    // Only the token's hash is stored: a copy of the database does not hand out the files.
    const row = await stagedRowOf(upload.body.token);
    expect(row).not.toBeNull();
    expect(JSON.stringify(row)).not.toContain(upload.body.token);

    const email = `opzegger-${Date.now()}@example.test`;
    const created = await fileTicket({
      category: "cancellation",
      details: { cancel: "hosting", serviceName: "voorbeeld.nl", requestedEndDate: "2027-01-31" },
      subject: "Hosting opzeggen",
      message: "Hierbij het ondertekende opzegformulier.",
      email,
      name: "Jan Opzegger",
      attachments: [upload.body.token],
    });
    expect(created.status, created.text).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(["category", "id", "number", "status"]);
    const ticketId = created.body.id as string;
    expect(await stagedRowOf(upload.body.token)).toBeNull();

    // The confirmation says the file arrived; its link signs the guest in.
    const confirmation = await testApp.inbox.waitFor(email);
    expect(confirmation.text).toContain("Meegestuurde bestanden: Opzegformulier.pdf.");
    const session = await request(app)
      .post("/api/v1/auth/email-link/confirm")
      .send({ token: tokenFromLink(confirmation.text) });
    expect(session.status).toBe(200);
    const customerToken = session.body.accessToken as string;

    const asCustomer = await viewTicket(ticketId, customerToken);
    expect(asCustomer.view).toBe("customer");
    expect(asCustomer.attachments).toEqual([]);
    expect(asCustomer.messages[0].attachments).toEqual([
      expect.objectContaining({
        fileName: "Opzegformulier.pdf",
        contentType: "application/pdf",
        size: PDF.length,
      }),
    ]);
    const attachmentId = asCustomer.messages[0].attachments[0].id as string;
    expect((await downloadBytes(ticketId, attachmentId, customerToken)).body).toEqual(PDF);

    const { token: agent } = await signedInStaff(testApp, "agent");
    const asStaff = await viewTicket(ticketId, agent);
    expect(asStaff.messages[0].attachments.map((file: { id: string }) => file.id)).toEqual([attachmentId]);
    expect((await downloadBytes(ticketId, attachmentId, agent)).body).toEqual(PDF);
    const history = await request(app).get(`/api/v1/tickets/${ticketId}/events`).set(bearer(agent));
    expect(history.body.items.map((event: { type: string }) => event.type)).toContain("attachment_added");
  });

  it("keeps the files in the order of their tokens", async () => {
    const first = await stagedToken(pngFile("eerste.png"));
    const second = await stagedToken(pdfFile("tweede.pdf"));
    const created = await fileTicket(guestTicket([second, first]));
    expect(created.status).toBe(201);
    const files = await db.attachment.findMany({
      where: { ticketId: created.body.id },
      orderBy: { createdAt: "asc" },
      select: { fileName: true, messageId: true },
    });
    expect(files.map((file) => file.fileName)).toEqual(["tweede.pdf", "eerste.png"]);
    expect(files.every((file) => file.messageId !== null)).toBe(true);
  });
});

describe("a token works once, within its time, for whoever holds it", () => {
  it("refuses a token used twice with 422 at the field, and files nothing the second time", async () => {
    const token = await stagedToken();
    expect((await fileTicket(guestTicket([token]))).status).toBe(201);

    const email = `tweede-${Date.now()}@example.test`;
    const again = await fileTicket(guestTicket([token], email));
    expect(again.status).toBe(422);
    expect(again.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(again.body.code).toBe("unprocessable_content");
    expect(again.body.errors).toEqual([expect.objectContaining({ path: "body.attachments.0" })]);
    expect(await ticketsOf(email)).toBe(0);
  });

  it("refuses an expired token, and files nothing", async () => {
    const token = await stagedToken();
    await expire(token);
    const email = `te-laat-${Date.now()}@example.test`;
    const response = await fileTicket(guestTicket([token], email));
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe("body.attachments.0");
    expect(await ticketsOf(email)).toBe(0);
  });

  it("fails the whole ticket on one unknown token, and leaves the good upload usable", async () => {
    const good = await stagedToken();
    const email = `half-${Date.now()}@example.test`;
    const response = await fileTicket(guestTicket([good, unknownToken()], email));
    expect(response.status).toBe(422);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(["body.attachments.1"]);
    expect(await ticketsOf(email)).toBe(0);
    expect(await db.customer.count({ where: { email } })).toBe(0);

    expect((await fileTicket(guestTicket([good], email))).status).toBe(201);
    expect(await ticketsOf(email)).toBe(1);
  });

  it("lets someone else file with a token from another caller's upload, but only once", async () => {
    const token = await stagedToken();
    const { customer, token: customerToken } = await signedInCustomer(testApp);
    const filed = await fileTicket(
      { category: "other", subject: "Doorgestuurd", message: "Van mijn collega", attachments: [token] },
      customerToken,
    );
    expect(filed.status).toBe(201);
    const view = await viewTicket(filed.body.id, customerToken);
    expect(view.messages[0].attachments).toHaveLength(1);
    const uploader = await db.attachment.findFirstOrThrow({
      where: { ticketId: filed.body.id },
      select: { uploadedByCustomerId: true, uploadedByStaffId: true },
    });
    expect(uploader).toEqual({ uploadedByCustomerId: customer.id, uploadedByStaffId: null });

    const guestEmail = `ook-${Date.now()}@example.test`;
    expect((await fileTicket(guestTicket([token], guestEmail))).status).toBe(422);
    expect(await ticketsOf(guestEmail)).toBe(0);
  });

  it("two tickets racing for one token: one gets the file, the other is refused", async () => {
    const token = await stagedToken();
    const emails = [`race-a-${Date.now()}@example.test`, `race-b-${Date.now()}@example.test`];
    const responses = await Promise.all(emails.map((email) => fileTicket(guestTicket([token], email))));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 422]);
    expect((await ticketsOf(emails[0] ?? "")) + (await ticketsOf(emails[1] ?? ""))).toBe(1);
    expect(await db.attachment.count({ where: { ticket: { customer: { email: { in: emails } } } } })).toBe(1);
  });

  it("refuses malformed, repeated or too many tokens as bad input (400), before anything is claimed", async () => {
    const token = await stagedToken();
    const cases = [["not-a-token"], [token, token], Array.from({ length: 11 }, unknownToken)];
    for (const attachments of cases) {
      const response = await fileTicket(guestTicket(attachments));
      expect(response.status).toBe(400);
      expect(response.body.errors[0].path).toMatch(/^body\.attachments/);
    }
    expect(await stagedRowOf(token)).not.toBeNull();
  });

  it("a retried request with the same Idempotency-Key answers the same ticket with its one file", async () => {
    const token = await stagedToken();
    const body = guestTicket([token]);
    const key = `upload-retry-${Date.now()}`;
    const first = await fileTicket(body, undefined, key);
    const retry = await fileTicket(body, undefined, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await db.attachment.count({ where: { ticketId: first.body.id } })).toBe(1);
  });
});

describe("replies with files", () => {
  async function customerTicket() {
    const { customer, token } = await signedInCustomer(testApp);
    const ticket = await createTicket(db, { requester: customer, subject: "Vraag", message: "Hallo" });
    return { token, ticketId: ticket.id };
  }

  it("attach the files to the reply in the same write", async () => {
    const { token, ticketId } = await customerTicket();
    const file = await stagedToken(pngFile("schermafdruk.png"));
    const response = await reply(ticketId, { body: "Zo ziet het eruit", attachments: [file] }, token);
    expect(response.status, response.text).toBe(201);
    expect(response.body.message.attachments).toEqual([
      expect.objectContaining({ fileName: "schermafdruk.png", contentType: "image/png" }),
    ]);
  });

  it("with a used token add no message at all", async () => {
    const { token, ticketId } = await customerTicket();
    const file = await stagedToken();
    expect((await reply(ticketId, { body: "Eerste", attachments: [file] }, token)).status).toBe(201);
    const before = await db.ticketMessage.count({ where: { ticketId } });
    const again = await reply(ticketId, { body: "Nog eens", attachments: [file] }, token);
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe("body.attachments.0");
    expect(await db.ticketMessage.count({ where: { ticketId } })).toBe(before);
  });

  it("keep files on internal notes from customers", async () => {
    const { token, ticketId } = await customerTicket();
    const { token: agent } = await signedInStaff(testApp, "agent");
    const file = await stagedToken(pngFile("intern.png"));
    const note = await reply(ticketId, { body: "Intern", internal: true, attachments: [file] }, agent);
    expect(note.status).toBe(201);
    const attachmentId = note.body.message.attachments[0].id as string;
    const seen = await request(app).get(`/api/v1/tickets/${ticketId}`).set(bearer(token));
    expect(seen.text).not.toContain(attachmentId);
    expect((await downloadBytes(ticketId, attachmentId, token)).status).toBe(404);
    expect((await downloadBytes(ticketId, attachmentId, agent)).status).toBe(200);
  });

  it("stop at 20 files per ticket (409), and the refused files stay usable", async () => {
    const { token, ticketId } = await customerTicket();
    for (let round = 0; round < 2; round++) {
      const files = await Promise.all(Array.from({ length: 10 }, () => stagedToken()));
      expect((await reply(ticketId, { body: `Ronde ${round}`, attachments: files }, token)).status).toBe(201);
    }
    const extra = await stagedToken();
    const refused = await reply(ticketId, { body: "Nog een", attachments: [extra] }, token);
    expect(refused.status).toBe(409);
    expect(await db.attachment.count({ where: { ticketId } })).toBe(20);
    expect(await stagedRowOf(extra)).not.toBeNull();
  });
});

describe("uploading", () => {
  it("refuses a program (415) and an oversized file (413), and stages nothing", async () => {
    const before = await db.stagedUpload.count();
    const program = await stage(EXE, "opzegformulier.pdf");
    expect(program.status).toBe(415);
    expect(program.body.code).toBe("unsupported_media_type");
    const large = await stage(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41), "groot.txt");
    expect(large.status).toBe(413);
    expect(large.body.code).toBe("payload_too_large");
    expect(await db.stagedUpload.count()).toBe(before);
  });

  it("requires a file", async () => {
    const response = await request(app).post("/api/v1/uploads").field("x", "y");
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("body.file");
  });

  it(`refuses a guest's client address after ${uploadQuota.files.perAccount.attempts} uploads an hour (429, Retry-After); a signed-in customer has a budget of their own`, async () => {
    for (let index = 0; index < uploadQuota.files.perAccount.attempts; index++) {
      const response = await stage(Buffer.from(`regel ${index}\n`), `bestand-${index}.txt`);
      expect(response.status, `upload ${index + 1}`).toBe(201);
    }
    const refused = await stage(PDF, "een-te-veel.pdf");
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe("too_many_requests");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3000);

    const { token } = await signedInCustomer(testApp);
    expect((await stage(PDF, "klant.pdf", token)).status).toBe(201);
  });
});

describe("cleaning up", () => {
  it("deletes uploads nobody used in time, file and row, and keeps fresh ones", async () => {
    const stale = await stagedToken();
    const fresh = await stagedToken();
    const staleKey = (await stagedRowOf(stale))?.storageKey ?? "";
    const freshKey = (await stagedRowOf(fresh))?.storageKey ?? "";
    await expire(stale);

    expect(await testApp.uploads.deleteExpired()).toBeGreaterThanOrEqual(1);
    expect(await stagedRowOf(stale)).toBeNull();
    await expect(testApp.storage.get(staleKey)).rejects.toThrow(/ENOENT/);
    expect(await stagedRowOf(fresh)).not.toBeNull();
    expect(await testApp.storage.get(freshKey)).toEqual(PDF);
  });

  it("deletes in batches until none is left", async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => stagedToken()));
    for (const token of tokens) await expire(token);
    expect(await testApp.uploads.deleteExpired(2)).toBeGreaterThanOrEqual(5);
    expect(await db.stagedUpload.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });

  it("the job-queue task deletes them", async () => {
    const stale = await stagedToken();
    await expire(stale);
    await createStagedUploadSweeper({ uploads: testApp.uploads, logger: testApp.logger })();
    expect(await stagedRowOf(stale)).toBeNull();
  });
});
