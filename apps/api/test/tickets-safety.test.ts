import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "../src/http/endpoint.ts";
import { createMessage, createStaff, createTicket } from "./factories.ts";
import { EXE, PDF, PNG } from "./file-fixtures.ts";
import { accessTokenOf, bearer, httpCallers, signedInCustomer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const { api } = httpCallers(testApp);

describe("anonymity", () => {
  it("no customer-facing response carries an agent's name, e-mail or id", async () => {
    const agent = await createStaff(testApp.db, "agent", { name: "Geheime Agent Zwaardvis" });
    const agentToken = await accessTokenOf(testApp, agent.email);
    const { customer, token: customerToken } = await signedInCustomer(testApp);

    const created = await api()
      .post("/api/v1/tickets")
      .set(bearer(customerToken))
      .send({ category: "other", subject: "Vraag", message: "Hallo" });
    const id = created.body.id as string;
    await api()
      .patch(`/api/v1/tickets/${id}`)
      .set(bearer(agentToken))
      .send({ assigneeId: agent.id })
      .expect(200);
    await api()
      .post(`/api/v1/tickets/${id}/messages`)
      .set(bearer(agentToken))
      .send({ body: "Dag!" })
      .expect(201);
    await api()
      .post(`/api/v1/tickets/${id}/messages`)
      .set(bearer(agentToken))
      .send({ body: "Notitie van de agent", internal: true })
      .expect(201);
    const upload = await api()
      .post(`/api/v1/tickets/${id}/attachments`)
      .set(bearer(agentToken))
      .attach("file", PNG, "uitleg.png")
      .expect(201);

    const customerResponses = [
      created,
      await api().get(`/api/v1/tickets/${id}`).set(bearer(customerToken)),
      await api().get("/api/v1/tickets").set(bearer(customerToken)),
      await api().post(`/api/v1/tickets/${id}/messages`).set(bearer(customerToken)).send({ body: "Dank" }),
      await api().patch(`/api/v1/tickets/${id}`).set(bearer(customerToken)).send({ status: "closed" }),
      await api().get(`/api/v1/tickets/${id}/attachments/${upload.body.id}`).set(bearer(customerToken)),
      await api().get(`/api/v1/tickets/${id}/events`).set(bearer(customerToken)),
      await api().get("/api/v1/me").set(bearer(customerToken)),
    ];
    const staffValues = [agent.name, agent.email, agent.id, "Notitie van de agent"];
    for (const [index, response] of customerResponses.entries()) {
      expect(response.status).toBeLessThan(500);
      const raw = typeof response.text === "string" ? response.text : String(response.body);
      for (const value of staffValues) expect(raw, `customer response #${index}`).not.toContain(value);
    }
    const ticket = customerResponses[1]?.body;
    expect(ticket.messages[1].author).toEqual({ type: "team", name: "Team Support" });

    // The scan is not blind: staff do see the names.
    const staffView = await api().get(`/api/v1/tickets/${id}`).set(bearer(agentToken));
    expect(staffView.text).toContain(agent.name);

    // Nor does an e-mail the customer received.
    for (const email of testApp.inbox.messages.filter((m) => m.to.includes(customer.email))) {
      for (const value of staffValues) expect(email.raw).not.toContain(value);
    }
  });
});

describe("idempotency", () => {
  it("20 concurrent requests with one key create one ticket", async () => {
    const key = randomUUID();
    const body = {
      category: "other",
      subject: "Dubbel?",
      message: "Eén keer graag",
      email: "retry@example.test",
      name: "R",
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => api().post("/api/v1/tickets").set("Idempotency-Key", key).send(body)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const customer = await testApp.db.customer.findUniqueOrThrow({ where: { email: "retry@example.test" } });
    expect(await testApp.db.ticket.count({ where: { customerId: customer.id } })).toBe(1);
    await testApp.inbox.waitFor("retry@example.test");
    await testApp.outbox.drain();
    expect(testApp.inbox.messages.filter((m) => m.to.includes("retry@example.test"))).toHaveLength(1);
  });

  it("refuses the same key with a different body", async () => {
    const key = randomUUID();
    const body = { category: "other", subject: "Eerste", message: "a", email: "key@example.test", name: "K" };
    await api().post("/api/v1/tickets").set("Idempotency-Key", key).send(body).expect(201);
    const other = await api()
      .post("/api/v1/tickets")
      .set("Idempotency-Key", key)
      .send({ ...body, subject: "Anders" });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe("idempotency_mismatch");
  });
});

describe("attachments", () => {
  let token: string;
  let ticketId: string;
  beforeAll(async () => {
    const { customer, token: customerToken } = await signedInCustomer(testApp);
    token = customerToken;
    ticketId = (
      await createTicket(testApp.db, {
        requester: customer,
        category: "billing",
        subject: "Machtiging",
        message: "Zie bijlage",
        details: { request: "direct_debit" },
      })
    ).id;
  });
  const upload = (bytes: Buffer, name: string) =>
    api().post(`/api/v1/tickets/${ticketId}/attachments`).set(bearer(token)).attach("file", bytes, name);

  it("are typed by their bytes: a PDF named .png is stored as a PDF", async () => {
    const response = await upload(PDF, "machtiging.png");
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      fileName: "machtiging.pdf",
      contentType: "application/pdf",
      size: PDF.length,
    });
    const download = await api()
      .get(`/api/v1/tickets/${ticketId}/attachments/${response.body.id}`)
      .set(bearer(token));
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toMatch(/^application\/pdf/);
    expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="?machtiging.pdf"?$/);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a program disguised as a document", async () => {
    const response = await upload(EXE, "opzegformulier.pdf");
    expect(response.status).toBe(415);
    expect(response.body.code).toBe("unsupported_media_type");
  });

  it("strips paths and unsafe characters from names", async () => {
    const response = await upload(Buffer.from("gewoon tekst\n"), '../../etc/pa<ss>"wd.txt');
    expect(response.body).toMatchObject({ fileName: "passwd.txt", contentType: "text/plain" });
  });

  it("answers a malformed multipart body with 400", async () => {
    const response = await api()
      .post(`/api/v1/tickets/${ticketId}/attachments`)
      .set(bearer(token))
      .set("Content-Type", "multipart/form-data; boundary=xyz")
      .send(
        '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a\u0007.txt"\r\n\r\nhi\r\n--xyz--',
      );
    expect(response.status).toBe(400);
  });

  it("refuses files over the size limit with 413", async () => {
    const response = await upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41), "groot.txt");
    expect(response.status).toBe(413);
  });

  it("requires a file", async () => {
    const response = await api()
      .post(`/api/v1/tickets/${ticketId}/attachments`)
      .set(bearer(token))
      .field("x", "y");
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("body.file");
  });

  it("keeps files on internal notes from customers", async () => {
    const { staff, token: agent } = await signedInStaff(testApp, "agent");
    const note = await createMessage(
      testApp.db,
      { id: ticketId },
      { from: "internal", author: staff, body: "intern" },
    );
    const file = await api()
      .post(`/api/v1/tickets/${ticketId}/attachments?messageId=${note.id}`)
      .set(bearer(agent))
      .attach("file", PNG, "intern.png")
      .expect(201);
    expect(
      (await api().get(`/api/v1/tickets/${ticketId}/attachments/${file.body.id}`).set(bearer(token))).status,
    ).toBe(404);
    expect(
      (await api().get(`/api/v1/tickets/${ticketId}/attachments/${file.body.id}`).set(bearer(agent))).status,
    ).toBe(200);
    const seen = await api().get(`/api/v1/tickets/${ticketId}`).set(bearer(token));
    expect(seen.text).not.toContain(file.body.id);
  });
});
