import { describe, expect, it } from "vitest";
import { eurosToCents } from "./rate-page.tsx";

describe("the rate screen's amount", () => {
  it("reads euro amounts written the Dutch or the English way as cents", () => {
    expect(eurosToCents("25")).toBe(2500);
    expect(eurosToCents("25,5")).toBe(2550);
    expect(eurosToCents("25.50")).toBe(2550);
    expect(eurosToCents(" 0,05 ")).toBe(5);
  });

  it("refuses what is not an amount", () => {
    for (const text of ["", "abc", "25,505", "-5", "1.000,00", "€ 25"])
      expect(eurosToCents(text)).toBeUndefined();
  });
});
