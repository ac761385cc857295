// The database round trips of the hot paths, counted at node-postgres: each one is a wait on the
// database and Prisma's CPU on the API's one thread (issue 20: 13 and more per customer ticket).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { httpCallers, signedInCustomer } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp({}, { pollIntervalMs: 60_000 });
afterAll(() => testApp.close());
const { as } = httpCallers(testApp);

/** The statements `work` sends, from this process's pools (the outbox is polled once a minute here). */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    sent.push(typeof first === "string" ? first : (first.text ?? ""));
    return (query as (...args: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}

describe("round trips on the hot paths", () => {
  it("a signed-in request finds its session and account in one query", async () => {
    const { token } = await signedInCustomer(testApp);
    const sent = await statementsOf(() => as(token).get("/me").expect(200));
    expect(sent.filter((text) => /auth_sessions/.test(text))).toHaveLength(1);
    expect(sent.some((text) => /staff_members/.test(text) && /IN \(/.test(text))).toBe(false);
  });

  it("a customer's ticket: one session query and one transaction that reads nothing it wrote", async () => {
    const { token } = await signedInCustomer(testApp);
    const sent = await statementsOf(() =>
      as(token)
        .post("/tickets", { category: "other", subject: "Trage website", message: "Alles laadt langzaam." })
        .expect(201),
    );
    // Session, BEGIN, statement timeout, customer, service level (services, policy, calendar),
    // number, ticket, message, two audit events, outbox row, COMMIT; and the caller's rate-limit
    // count (shared by all API processes, so in the database); and the change for live streams
    // (its lock, row and NOTIFY in one statement, see modules/live); and one INSERT … SELECT of the webhook
    // deliveries with its NOTIFY (none here: no endpoint is registered); and who asked to hear of
    // new unassigned tickets (nobody here, so the new ticket is not read back).
    const rateCount = sent.filter((text) => /rate_limits/.test(text));
    expect(rateCount.length).toBeLessThanOrEqual(2);
    const liveEvent = sent.filter(
      (text) => /live_events|pg_notify/.test(text) && !/webhook_deliveries/.test(text),
    );
    expect(liveEvent).toHaveLength(1);
    const webhookDeliveries = sent.filter((text) => /webhook_deliveries/.test(text));
    expect(webhookDeliveries).toHaveLength(1);
    expect(sent.length - rateCount.length - liveEvent.length - webhookDeliveries.length).toBe(14);
    expect(sent.filter((text) => /^\s*SELECT[\s\S]*FROM "public"\."tickets"/.test(text))).toEqual([]);
    expect(sent.filter((text) => /FROM "public"\."ticket_messages"/.test(text))).toEqual([]);
    expect(sent.filter((text) => /^\s*UPDATE/.test(text))).toEqual([]);
  });
});
