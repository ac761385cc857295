// Bad input never reaches a 500: every endpoint of the contracts, sent garbage as a guest and as an
// admin, answers in the 4xx range with a problem document (or succeeds where the input is optional).
import { buildPath, type EndpointDescriptor, endpoints } from "@helpdesk/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, signedInStaff } from "./http-callers.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());
let admin: string;
beforeAll(async () => {
  admin = (await signedInStaff(testApp, "admin")).token;
});

const garbageBodies: unknown[] = [
  null,
  [],
  "text",
  42,
  {},
  { a: { b: { c: [1, { d: null }] } } },
  { email: 7, password: [] },
  // Text PostgreSQL cannot store, numbers out of any range, wrong types in likely field names.
  { subject: "a\u0000b", message: "\ud800", email: "x\u0000@example.test", name: "\udfff", q: "\u0000" },
  { limit: 1e308, size: -1, priority: -1e20, id: 12, category: ["other"], details: "x" },
];
const garbageParams = [
  "not-a-uuid",
  "%00",
  "%FF",
  "%ED%A0%80",
  "00000000-0000-0000-0000-000000000000",
  "-1",
  "99999999999999999999999",
  "x".repeat(300),
];
const garbageQueries = [
  "limit=-1",
  "limit=abc&cursor=%%%",
  "cursor=bm9wZQ&q=",
  `q=${"z".repeat(1000)}`,
  "status=lost&sort=up",
  "q=%00&limit=99999999999999999999",
  "q=%ED%A0%80&cursor=%FF",
  "limit=-99999&verified=%00",
  "lang[]=x&q[a]=b",
];

function paramsFor(endpoint: EndpointDescriptor, value: string): Record<string, string> {
  return Object.fromEntries([...endpoint.path.matchAll(/:(\w+)/g)].map((match) => [match[1] ?? "", value]));
}

describe("bad input", () => {
  for (const [name, endpoint] of Object.entries(endpoints) as [string, EndpointDescriptor][]) {
    // Hundreds of requests per endpoint: more time than one ordinary test.
    it(`${endpoint.method} ${endpoint.path} (${name}) never answers 500`, { timeout: 300_000 }, async () => {
      const method = endpoint.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
      const statuses: number[] = [];
      for (const token of [undefined, admin]) {
        const call = (path: string) => {
          const test = request(testApp.app)[method](`/api/v1${path}`);
          return test.set(bearer(token));
        };
        for (const param of garbageParams) {
          const path = buildPath(endpoint.path, paramsFor(endpoint, param));
          for (const query of garbageQueries) statuses.push((await call(`${path}?${query}`)).status);
          for (const body of garbageBodies) {
            statuses.push(
              (await call(path).set("Content-Type", "application/json").send(JSON.stringify(body))).status,
            );
          }
          if (!endpoint.path.includes(":")) break;
        }
      }
      expect(statuses.filter((status) => status >= 500)).toEqual([]);
    });
  }
});
