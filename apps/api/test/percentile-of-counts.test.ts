// The reports' median and p90 come from counts per minute; they must equal PostgreSQL's
// `percentile_cont` over the same minutes one by one, which the figures were first defined as.
import { afterAll, describe, expect, it } from "vitest";
import { type MinuteCount, percentileOfCounts } from "../src/modules/reports/percentile-of-counts.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

/** The counts of a list of minutes, in ascending order. */
function countsOf(minutes: number[]): MinuteCount[] {
  const tally = new Map<number, number>();
  for (const value of minutes) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, tickets]) => ({ minutes: value, tickets }));
}

/** A small deterministic generator, so a failure names the same lists again. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("percentiles from counts per minute", () => {
  it("interpolates between the two nearest tickets, as percentile_cont does", () => {
    // Ranks 0..3 of [10, 20, 20, 50]: the median sits halfway between ranks 1 and 2 (20 and 20),
    // p90 at rank 2.7: 20 + 0.7 * (50 - 20) = 41.
    const counts = countsOf([10, 20, 20, 50]);
    expect(percentileOfCounts(counts, 0.5)).toBe(20);
    expect(percentileOfCounts(counts, 0.9)).toBeCloseTo(41, 10);
    expect(percentileOfCounts(countsOf([7]), 0.9)).toBe(7);
    expect(percentileOfCounts([], 0.5)).toBeNull();
    expect(percentileOfCounts([{ minutes: 5, tickets: 0 }], 0.5)).toBeNull();
  });

  it("gives PostgreSQL's figure for 200 random lists, long and short, with many repeats", async () => {
    const random = seeded(16);
    for (let list = 0; list < 200; list++) {
      const length = 1 + Math.floor(random() * (list % 10 === 0 ? 2000 : 30));
      const spread = 1 + Math.floor(random() * 3000);
      const minutes = Array.from({ length }, () => Math.floor(random() * spread));
      const [expected] = await testApp.db.$queryRaw<{ median: number; p90: number }[]>`
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY m) AS median,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY m) AS p90
        FROM unnest(${minutes}::int[]) m`;
      const counts = countsOf(minutes);
      expect(percentileOfCounts(counts, 0.5)).toBeCloseTo(Number(expected?.median), 9);
      expect(percentileOfCounts(counts, 0.9)).toBeCloseTo(Number(expected?.p90), 9);
    }
  });
});
