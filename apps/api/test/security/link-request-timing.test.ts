// Asking for a sign-in link or a password reset must not tell known from unknown addresses, also
// not by how long the answer takes: both do the same work (record one outbox row) and nothing else.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { LINK_EVENT } from "../../src/modules/auth/auth.service.ts";
import { createCustomer } from "../factories.ts";
import { createTestApp } from "../test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

const linkRequests = () => testApp.db.domainEvent.findMany({ where: { type: LINK_EVENT } });

describe("link requests for known and unknown addresses", () => {
  for (const [path, subject] of [
    ["/api/v1/auth/email-link", /inloglink/],
    ["/api/v1/auth/password-reset", /wachtwoord/],
  ] as const) {
    it(`${path} records the same outbox row for both, and only the known address gets mail`, async () => {
      const customer = await createCustomer(testApp.db);
      const unknown = `nobody-${customer.id.slice(0, 8)}@example.test`;
      const before = (await linkRequests()).length;

      await request(testApp.app).post(path).send({ email: customer.email }).expect(202);
      const afterKnown = await linkRequests();
      await request(testApp.app).post(path).send({ email: unknown }).expect(202);
      const afterUnknown = await linkRequests();

      expect(afterKnown).toHaveLength(before + 1);
      expect(afterUnknown).toHaveLength(before + 2);
      const [known, other] = afterUnknown.slice(-2).map((row) => row.payload as Record<string, unknown>);
      expect(Object.keys(known ?? {}).sort()).toEqual(Object.keys(other ?? {}).sort());

      await testApp.inbox.waitFor(customer.email, (email) => subject.test(email.subject));
      const unknownRow = afterUnknown.at(-1);
      // The dispatcher handles the unknown address's row too, and sends nothing for it.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const row = await testApp.db.domainEvent.findUniqueOrThrow({ where: { id: unknownRow?.id ?? "" } });
        if (row.dispatchedAt) break;
        if (Date.now() > deadline) throw new Error("the unknown address's request was never handled");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(testApp.inbox.messages.some((email) => email.to.includes(unknown))).toBe(false);
    });
  }
});
