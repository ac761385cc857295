// Password guessing: parallel requests, one address, many addresses, and the owner meanwhile.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/lib/password.ts";
import { createStaff, TEST_PASSWORD } from "../factories.ts";
import { createTestApp } from "../test-app.ts";

// Every password check the API makes, with the password it was asked about.
const checked: string[] = [];
const testApp = await createTestApp(
  {
    verifyPassword: async (password, hash) => {
      checked.push(password);
      return verifyPassword(password, hash);
    },
  },
  {},
  {},
  // A proxy on this machine in front, so X-Forwarded-For gives each request its client address.
  { TRUST_PROXY: "loopback" },
);
afterAll(() => testApp.close());

const login = (email: string, password: string, clientIp: string) =>
  request(testApp.app).post("/api/v1/auth/login").set("X-Forwarded-For", clientIp).send({ email, password });

const wrongGuess = (n: number) => `wrong-guess-${n}`;

describe("login lockout", () => {
  it("60 parallel logins from one address get at most 5 password checks, the right one too", async () => {
    const admin = await createStaff(testApp.db, "admin");
    checked.length = 0;
    const guesses = Array.from({ length: 60 }, (_, n) => (n === 30 ? TEST_PASSWORD : wrongGuess(n)));
    const responses = await Promise.all(guesses.map((password) => login(admin.email, password, "10.1.1.1")));
    const statuses = responses.map((r) => r.status);
    const count = (status: number) => statuses.filter((s) => s === status).length;

    const wrongChecks = checked.filter((password) => password !== TEST_PASSWORD).length;
    expect(wrongChecks).toBeLessThanOrEqual(5);
    expect(count(401)).toBe(wrongChecks);
    // The right password got through only if it was one of the checks made within the budget.
    expect(count(200)).toBe(checked.length - wrongChecks);
    expect(count(429)).toBe(60 - checked.length);
    expect(count(429)).toBeGreaterThanOrEqual(54);

    // A right password checked within the budget gave its slot back, unless a wrong one counted
    // after it had already used the budget up: spend what is left, never more than 5 wrong checks.
    let wrongSoFar = wrongChecks;
    while (wrongSoFar < 5) {
      const status = (await login(admin.email, wrongGuess(100 + wrongSoFar), "10.1.1.1")).status;
      expect([401, 429]).toContain(status);
      if (status === 429) break;
      wrongSoFar++;
    }
    expect(checked.filter((password) => password !== TEST_PASSWORD).length).toBe(wrongSoFar);
    // Once the budget is spent, the right password from that address is refused without a check.
    const before = checked.length;
    const blocked = await login(admin.email, TEST_PASSWORD, "10.1.1.1");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(checked.length).toBe(before);
  }, 60_000);

  it("five wrong passwords from one address do not lock the owner out on another address", async () => {
    const admin = await createStaff(testApp.db, "admin");
    for (let n = 0; n < 5; n++) {
      expect((await login(admin.email, wrongGuess(n), "10.2.2.2")).status).toBe(401);
    }
    expect((await login(admin.email, TEST_PASSWORD, "10.2.2.2")).status).toBe(429);
    const owner = await login(admin.email, TEST_PASSWORD, "10.2.2.99");
    expect(owner.status).toBe(200);
    expect(owner.body.user.id).toBe(admin.id);
  });

  it("rotating addresses get at most 10 guesses per account in the window", async () => {
    const admin = await createStaff(testApp.db, "admin");
    checked.length = 0;
    const statuses: number[] = [];
    for (let address = 1; address <= 8; address++) {
      for (let n = 0; n < 3; n++) {
        statuses.push((await login(admin.email, wrongGuess(n), `10.3.3.${address}`)).status);
      }
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(14);
    expect(checked).toHaveLength(10);
  });
});
