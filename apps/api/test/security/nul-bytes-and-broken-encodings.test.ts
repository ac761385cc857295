// Finding: NUL bytes, invalid UTF-8 in the path, lone surrogates in JSON, a broken compressed body,
// and inbound mail with a NUL byte or more than 1,000 MIME parts answered 500 (SMTP 451, so the
// sender retried forever). Each is the client's fault and answers 4xx (or a permanent SMTP refusal).
import zlib from "node:zlib";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
const api = () => request(testApp.app);
const ticket = {
  category: "other",
  subject: "A question",
  message: "Hello",
  email: "n@example.test",
  name: "N",
};

const expectClientError = (response: { status: number; headers: Record<string, string> }) => {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
};

describe("bad bytes over HTTP", () => {
  it("a NUL character in a body field answers 400 naming the field", async () => {
    const response = await api()
      .post("/api/v1/tickets")
      .send({ ...ticket, subject: "abc\u0000def" });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("body.subject");
  });

  it("a lone surrogate in JSON answers 400", async () => {
    const response = await api()
      .post("/api/v1/tickets")
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ ...ticket, message: "x" }).replace('"x"', '"\\ud800"'));
    expect(response.status).toBe(400);
  });

  it("NUL and invalid UTF-8 in the path or query answer 4xx", async () => {
    for (const path of [
      "/faqs/%00",
      "/faqs/%FF",
      "/tickets/%FF",
      "/tickets/%ED%A0%80",
      "/faqs/suggestions?q=ab%00c",
    ]) {
      expectClientError(await api().get(`/api/v1${path}`));
    }
  });

  it("a body whose Content-Encoding does not match its bytes answers 4xx", async () => {
    const broken = [
      Buffer.from("not gzip at all"),
      zlib.gzipSync('{"email":"a@example.test"}').subarray(0, 12),
    ];
    for (const body of broken) {
      expectClientError(
        await api()
          .post("/api/v1/auth/login")
          .set("Content-Type", "application/json")
          .set("Content-Encoding", "gzip")
          .send(body),
      );
    }
  });
});

describe("bad mail in", () => {
  it("a NUL byte in an e-mail is dropped and the mail is filed", async () => {
    const raw = Buffer.from(
      "From: Nul <nul-sender@example.test>\r\nTo: support@helpdesk.localhost\r\nSubject: hi\u0000there\r\nMessage-ID: <nul-1@example.test>\r\n\r\nbody\u0000text\r\n",
    );
    expect((await testApp.inbound.receive(raw)).outcome).toBe("new_ticket");
  });

  it("an e-mail with more than 1,000 MIME parts is refused for good (422 over HTTP), not retried", async () => {
    const lines = [
      "From: Parts <parts@example.test>",
      "To: support@helpdesk.localhost",
      "Subject: parts",
      "Message-ID: <parts-1@example.test>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
    ];
    for (let index = 0; index < 1500; index++)
      lines.push("--b", "Content-Type: text/plain", "", `part ${index}`);
    lines.push("--b--", "");
    const raw = Buffer.from(lines.join("\r\n"));
    const refused = await testApp.inbound.receive(raw).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("unprocessable_content");
  });
});
