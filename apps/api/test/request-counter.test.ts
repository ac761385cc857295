// The per-request count behind every API caller's pace (lib/security/rate-limits.repository.ts):
// one atomic statement, a new window once the last one ended.
import { afterAll, describe, expect, it } from "vitest";
import { countRequest } from "../src/lib/security/rate-limits.repository.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

describe("the request counter", () => {
  it("counts parallel requests exactly once each", async () => {
    const counts = await Promise.all(
      Array.from({ length: 30 }, () => countRequest(testApp.db, "test:parallel", 60)),
    );
    expect(counts.map((counted) => counted.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 1),
    );
    for (const { msBeforeReset } of counts) {
      expect(msBeforeReset).toBeGreaterThan(50_000);
      expect(msBeforeReset).toBeLessThanOrEqual(60_000);
    }
  });

  it("starts a new window once the last one ended", async () => {
    expect((await countRequest(testApp.db, "test:window", 1)).count).toBe(1);
    expect((await countRequest(testApp.db, "test:window", 1)).count).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const next = await countRequest(testApp.db, "test:window", 1);
    expect(next.count).toBe(1);
    expect(next.msBeforeReset).toBeGreaterThan(500);
  });
});
