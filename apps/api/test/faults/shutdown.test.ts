// SIGTERM while a slow mail server takes its time: the API stops taking outbox work at once,
// finishes the e-mail in flight, exits within its shutdown window, and nothing is sent twice.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../test-app.ts";
import { until } from "../until.ts";
import { startApiProcess } from "./api-process.ts";

const testApp = await createTestApp({}, {}, { delayMs: 1_500 });
afterAll(() => testApp.close());

describe("shutting down while e-mails are sent", () => {
  it("SIGTERM with a slow mail server exits within the window and no e-mail arrives twice", {
    timeout: 180_000,
  }, async () => {
    // Filed while nothing sends, so the API process finds all ten due at once.
    await testApp.outbox.stop();
    const addresses = Array.from({ length: 10 }, (_, index) => `term-${index}@example.test`);
    for (const email of addresses) {
      await request(testApp.app)
        .post("/api/v1/tickets")
        .send({ category: "other", subject: "Stop", message: "Hallo", email, name: "G" })
        .expect(201);
    }
    const received = () => testApp.inbox.messages.filter((m) => m.to[0]?.startsWith("term-"));
    const smtpUrl = testApp.inbox.url;
    const first = await startApiProcess({ smtpUrl });
    await until(
      () => received().length,
      (count) => count >= 2,
    );
    const signalledAt = Date.now();
    first.kill("SIGTERM");
    const exitCode = await first.exited;
    const exitedAfterMs = Date.now() - signalledAt;

    const second = await startApiProcess({ smtpUrl });
    try {
      await until(
        () =>
          testApp.db.domainEvent.count({
            where: {
              type: "ticket.created",
              dispatchedAt: null,
              ticket: { customer: { email: { startsWith: "term-" } } },
            },
          }),
        (left) => left === 0,
        120_000,
      );
    } finally {
      second.kill("SIGKILL");
      await second.exited;
    }
    const perAddress = addresses.map((address) => received().filter((m) => m.to[0] === address).length);
    console.info(
      `SIGTERM: exit ${exitCode} after ${exitedAfterMs} ms; e-mails per address ${perAddress.join(",")}`,
    );
    expect(exitCode).toBe(0);
    expect(exitedAfterMs).toBeLessThan(10_000);
    expect(perAddress).toEqual(addresses.map(() => 1));
  });
});
