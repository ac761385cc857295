// The pace of signed-in callers: per user and per API token, one count shared by every API process
// (here two app instances on one database, each with its own connection pool).
import { afterAll, describe, expect, it } from "vitest";
import { createTicket } from "./factories.ts";
import { createApiTokenAs, httpCallers, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const LIMIT = 5;
const first = await createTestApp({}, {}, {}, { API_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
const second = await createTestApp({}, {}, {}, { API_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
afterAll(async () => {
  await first.close();
  await second.close();
});
const one = httpCallers(first);
const other = httpCallers(second);

/** A fresh integration token (made by a fresh admin, whose own count is then 1). */
async function freshToken() {
  const { token: admin } = await signedInStaff(first, "admin");
  return (await createApiTokenAs(first, admin, { name: "Tempo", role: "agent" })).secret;
}

describe("rate limits", () => {
  it("every answer to a signed-in caller says the limit, what remains and when it resets, counted over both processes", async () => {
    const { token } = await signedInStaff(first, "agent");
    const ticket = await createTicket(first.db);
    const answers = [
      await one.as(token).get("/tickets"),
      await other.as(token).get(`/tickets/${ticket.id}`),
      await one.as(token).get("/tickets/00000000-0000-4000-8000-000000000000"),
      await other.as(token).get("/staff"),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 404]);
    expect(answers.map((answer) => answer.headers["ratelimit-remaining"])).toEqual(["4", "3", "2", "1"]);
    for (const answer of answers) {
      expect(answer.headers["ratelimit-limit"]).toBe(String(LIMIT));
      const reset = Number(answer.headers["ratelimit-reset"]);
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(60);
    }
  });

  it("beyond the limit: 429 problem+json with Retry-After, in either process", async () => {
    const { token } = await signedInStaff(first, "agent");
    for (let i = 0; i < LIMIT; i++) {
      expect((await (i % 2 ? one : other).as(token).get("/tickets")).status).toBe(200);
    }
    for (const caller of [one, other]) {
      const refused = await caller.as(token).get("/tickets");
      expect(refused.status).toBe(429);
      expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(refused.headers["ratelimit-remaining"]).toBe("0");
    }
  });

  it("of parallel requests through both processes, exactly the limit gets through", async () => {
    const secret = await freshToken();
    const answers = await Promise.all(
      Array.from({ length: 14 }, (_, i) => (i % 2 ? one : other).as(secret).get("/tickets")),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(14 - LIMIT);
  });

  it("each token and each user has a count of its own", async () => {
    const [tokenA, tokenB] = [await freshToken(), await freshToken()];
    const { token: person } = await signedInStaff(first, "agent");
    for (let i = 0; i < LIMIT; i++) await one.as(tokenA).get("/tickets");
    expect((await one.as(tokenA).get("/tickets")).status).toBe(429);
    const b = await other.as(tokenB).get("/tickets");
    expect(b.status).toBe(200);
    expect(b.headers["ratelimit-remaining"]).toBe(String(LIMIT - 1));
    expect((await other.as(person).get("/tickets")).headers["ratelimit-remaining"]).toBe(String(LIMIT - 1));
  });

  it("guests are not metered per request (their actions have limits of their own)", async () => {
    const answer = await one.as().get("/faqs");
    expect(answer.status).toBe(200);
    expect(answer.headers["ratelimit-limit"]).toBeUndefined();
  });
});
