import { describe, expect, it } from "vitest";
import { createCoalescedWriter } from "../src/lib/coalesced-writer.ts";

describe("a coalesced writer", () => {
  it("writes items handed in during a write together in the next one, and settles each after its own write", async () => {
    const writes: number[][] = [];
    let release: () => void = () => undefined;
    const writer = createCoalescedWriter(async (items: number[]) => {
      writes.push([...items]);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const settled: number[] = [];
    const first = writer(1).then(() => settled.push(1));
    await Promise.resolve();
    await Promise.resolve();
    // The first write is running: these wait for it and then go together.
    const later = [2, 3, 4].map((item) => writer(item).then(() => settled.push(item)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(writes).toEqual([[1]]);
    expect(settled).toEqual([]);
    release();
    await Promise.all([first, ...later]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
    expect(settled).toEqual([1, 2, 3, 4]);
  });

  it("rejects the callers of a failed write only, and the next write still happens", async () => {
    let calls = 0;
    const writer = createCoalescedWriter(async (items: string[]) => {
      calls++;
      if (items.includes("bad")) throw new Error("database away");
    });
    await expect(writer("bad")).rejects.toThrow("database away");
    await expect(writer("good")).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
