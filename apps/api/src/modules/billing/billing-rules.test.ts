import { blocksFor } from "@helpdesk/contracts";
import { describe, expect, it } from "vitest";
import { blocksOverMonths, ticketMonths, withMinutesAdded } from "./billing-rules.ts";

const rate = { centsPerBlock: 2500, vatPercent: 21 };

describe("billing in started blocks of 15 minutes", () => {
  it("rounds minutes up to started blocks: 1 is 1, 15 is 1, 16 is 2", () => {
    expect(blocksFor(1)).toBe(1);
    expect(blocksFor(15)).toBe(1);
    expect(blocksFor(16)).toBe(2);
    expect(blocksFor(30)).toBe(2);
    expect(blocksFor(0)).toBe(0);
  });

  it("adds a ticket's entries in one month up before rounding (two of 10 minutes are 2 blocks, not 2 + 2)", () => {
    const [row] = ticketMonths([
      { ticketId: "t", minutes: 10, rate },
      { ticketId: "t", minutes: 10, rate },
      { ticketId: "t", minutes: 5, rate },
    ]);
    expect(row).toMatchObject({
      billableMinutes: 25,
      billedBlocks: 2,
      amountCents: 5000,
      vatCents: 1050,
      totalCents: 6050,
    });
  });

  it("rounds each month on its own: 10 minutes in October and 10 in November are 2 blocks", () => {
    expect(
      blocksOverMonths([
        { month: "2026-10", minutes: 10 },
        { month: "2026-11", minutes: 10 },
      ]),
    ).toBe(2);
    expect(blocksOverMonths(withMinutesAdded([{ month: "2026-10", minutes: 10 }], "2026-10", 10))).toBe(2);
    expect(blocksOverMonths(withMinutesAdded([{ month: "2026-10", minutes: 10 }], "2026-11", 10))).toBe(2);
  });

  it("keeps tickets apart and charges a month under two rates at the lower one", () => {
    const rows = ticketMonths([
      { ticketId: "a", minutes: 16, rate },
      { ticketId: "b", minutes: 1, rate },
      { ticketId: "b", minutes: 1, rate: { centsPerBlock: 2000, vatPercent: 21 } },
    ]);
    expect(rows.find((row) => row.ticketId === "a")).toMatchObject({ billedBlocks: 2, amountCents: 5000 });
    expect(rows.find((row) => row.ticketId === "b")).toMatchObject({
      billedBlocks: 1,
      amountCents: 2000,
      vatCents: 420,
    });
  });
});
