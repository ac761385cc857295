// Finding 9: with a hop count in TRUST_PROXY, a client that reaches the API directly could make up
// X-Forwarded-For and so get a fresh "address" for every request, past every per-address limit.
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/env.ts";
import { createTestApp } from "../test-app.ts";

// The first API trusts a proxy at 10.9.8.7; the tests connect from 127.0.0.1, as an attacker would
// who reached the API's port directly. The second sits behind a proxy on this machine.
const direct = await createTestApp({}, {}, {}, { TRUST_PROXY: "10.9.8.7" });
const proxied = await createTestApp({}, {}, {}, { TRUST_PROXY: "loopback" });
afterAll(async () => {
  await direct.close();
  await proxied.close();
});

describe("X-Forwarded-For from a client that is not a configured proxy", () => {
  it("does not escape the per-address limit on e-mailed links by inventing a new address each time", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const response = await request(direct.app)
        .post("/api/v1/auth/email-link")
        .set("X-Forwarded-For", `198.51.100.${i}`)
        .send({ email: `nobody-${i}@example.test` });
      statuses.push(response.status);
    }
    // 20 requests per client address an hour: the 21st and later are refused, whatever the header says.
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describe("X-Forwarded-For through a configured proxy", () => {
  it("counts per real client: the address the proxy appended, not what the client claimed before it", async () => {
    const send = (claimed: string, seenByProxy: string) =>
      request(proxied.app)
        .post("/api/v1/auth/email-link")
        .set("X-Forwarded-For", `${claimed}, ${seenByProxy}`)
        .send({ email: `someone-${Math.random()}@example.test` });
    for (let i = 0; i < 20; i++) expect((await send(`198.51.100.${i}`, "203.0.113.7")).status).toBe(202);
    expect((await send("198.51.100.99", "203.0.113.7")).status).toBe(429);
    // Another client behind the same proxy has its own budget.
    expect((await send("198.51.100.1", "203.0.113.8")).status).toBe(202);
  });
});

describe("TRUST_PROXY", () => {
  const base = { DATABASE_URL: "postgresql://u:p@localhost/db", SMTP_URL: "smtp://localhost:25" };

  it("refuses a hop count, which would believe any client's header", () => {
    expect(() => loadEnv({ ...base, TRUST_PROXY: "1" })).toThrow(
      /TRUST_PROXY must list the proxies' addresses/,
    );
  });

  it("takes addresses, subnets and Express's range names", () => {
    const env = loadEnv({ ...base, TRUST_PROXY: "loopback, 10.0.0.5,172.16.0.0/12, ::1, uniquelocal" });
    expect(env.TRUST_PROXY).toEqual(["loopback", "10.0.0.5", "172.16.0.0/12", "::1", "uniquelocal"]);
    expect(loadEnv(base).TRUST_PROXY).toEqual([]);
    expect(() => loadEnv({ ...base, TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
  });
});
