// What the mail server answers decides what happens to an e-mail: a permanent refusal (5xx) is
// dead-lettered at once with its reason, a temporary one (4xx) is retried, and a mail server that
// was unreachable is used again within seconds of coming back.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { classifySmtpFailure } from "../../src/lib/mail/smtp-failure.ts";
import { exponentialBackoff } from "../../src/modules/outbox/outbox-dispatcher.ts";
import { createTestApp } from "../test-app.ts";
import { until } from "../until.ts";

const refusalsFor = new Map<string, number>();
const testApp = await createTestApp(
  {},
  { maxAttempts: 8, backoffMs: () => 100 },
  {
    refuse(recipient) {
      if (recipient.startsWith("gone-")) return { code: 550, message: "5.1.1 No such user here" };
      const left = refusalsFor.get(recipient) ?? 0;
      if (left > 0) {
        refusalsFor.set(recipient, left - 1);
        return { code: 451, message: "4.3.0 Try again later" };
      }
      return undefined;
    },
  },
);
afterAll(() => testApp.close());

async function fileTicket(email: string, app = testApp) {
  const { body } = await request(app.app)
    .post("/api/v1/tickets")
    .send({ category: "other", subject: "Antwoord", message: "Hallo", email, name: "G" })
    .expect(201);
  return body.id as string;
}

const confirmationOf = (ticketId: string, app = testApp) =>
  app.db.domainEvent.findFirstOrThrow({ where: { ticketId, type: "ticket.created" } });

describe("SMTP replies", () => {
  it("a 550 for the recipient dead-letters the e-mail on the first try, with the server's reason", async () => {
    const ticketId = await fileTicket("gone-1@example.test");
    const dead = await until(
      () => confirmationOf(ticketId),
      (event) => event.failedAt !== null,
      30_000,
    );
    expect(dead.attempts).toBe(1);
    expect(dead.lastError).toMatch(/550.*No such user/);
    expect(dead.dispatchedAt).toBeNull();
  });

  it("a 451 is retried, and the e-mail delivered later keeps no error", async () => {
    refusalsFor.set("later-1@example.test", 2);
    const ticketId = await fileTicket("later-1@example.test");
    await testApp.inbox.waitFor("later-1@example.test", () => true, 30_000);
    const sent = await until(
      () => confirmationOf(ticketId),
      (event) => event.dispatchedAt !== null,
      30_000,
    );
    expect(sent.attempts).toBe(3);
    expect(sent.lastError).toBeNull();
    expect(sent.failedAt).toBeNull();
  });

  it("a mail server that comes back is used within seconds, not at the next backoff slot", {
    timeout: 90_000,
  }, async () => {
    // This file's own dispatcher would deliver the e-mail to its (working) mail server: pause it.
    await testApp.outbox.stop();
    // Production's timing: polled every second, 30 s backoff after a first failure, doubling.
    const app = await createTestApp(
      {},
      {
        pollIntervalMs: 1_000,
        backoffMs: exponentialBackoff(30_000, 3_600_000),
        connectionRetryMs: undefined,
      },
    );
    try {
      await app.inbox.stop();
      const ticketId = await fileTicket("outage@example.test", app);
      await until(
        () => confirmationOf(ticketId, app),
        (event) => event.lastError !== null,
        30_000,
      );
      // The outage lasts a few seconds more, then the server is back.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const backAt = Date.now();
      await app.inbox.restart();
      await app.inbox.waitFor("outage@example.test", () => true, 60_000);
      const afterMs = Date.now() - backAt;
      console.info(`mail server back: e-mail delivered ${afterMs} ms later`);
      expect(afterMs).toBeLessThan(20_000);
    } finally {
      await app.close();
      testApp.outbox.start();
    }
  });
});

describe("classifying a failed send", () => {
  const smtpError = (fields: { code?: string; responseCode?: number }) =>
    Object.assign(new Error("send failed"), fields);

  it("5xx replies are permanent, 4xx temporary, connection trouble means the server is unreachable", () => {
    expect(classifySmtpFailure(smtpError({ code: "EENVELOPE", responseCode: 550 }))).toBe("permanent");
    expect(classifySmtpFailure(smtpError({ code: "EMESSAGE", responseCode: 554 }))).toBe("permanent");
    expect(classifySmtpFailure(smtpError({ code: "EENVELOPE", responseCode: 451 }))).toBe("temporary");
    expect(classifySmtpFailure(smtpError({ code: "EMESSAGE", responseCode: 421 }))).toBe("temporary");
    expect(classifySmtpFailure(smtpError({ code: "ECONNECTION" }))).toBe("unreachable");
    expect(classifySmtpFailure(smtpError({ code: "ETIMEDOUT" }))).toBe("unreachable");
    expect(classifySmtpFailure(smtpError({ code: "ESOCKET" }))).toBe("unreachable");
    expect(classifySmtpFailure(smtpError({ code: "ECONNREFUSED" }))).toBe("unreachable");
    // Anything else (e.g. composing failed because the database was away) is tried again later.
    expect(classifySmtpFailure(new Error("database went away"))).toBe("temporary");
  });
});
