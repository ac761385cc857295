import { describe, expect, it } from "vitest";
import { buildPath, cursorQuerySchema, emailSchema, problemSchema } from "./index.ts";

describe("contracts", () => {
  it("fills and encodes path parameters", () => {
    expect(buildPath("/tickets/:id/messages/:messageId", { id: "a b", messageId: 7 })).toBe(
      "/tickets/a%20b/messages/7",
    );
    expect(() => buildPath("/tickets/:id")).toThrowError(/missing path parameter "id"/);
  });

  it("normalises e-mail addresses to lower case and refuses non-addresses", () => {
    expect(emailSchema.parse("  Jan@Example.NL ")).toBe("jan@example.nl");
    expect(emailSchema.safeParse("not-an-address").success).toBe(false);
  });

  it("bounds page sizes and coerces them from query strings", () => {
    expect(cursorQuerySchema.parse({ limit: "10" })).toEqual({ limit: 10 });
    expect(cursorQuerySchema.parse({})).toEqual({ limit: 25 });
    expect(cursorQuerySchema.safeParse({ limit: "1000" }).success).toBe(false);
  });

  it("requires the RFC 9457 members and a known code in problems", () => {
    expect(
      problemSchema.safeParse({ type: "about:blank", title: "x", status: 400, code: "nope" }).success,
    ).toBe(false);
    expect(
      problemSchema.safeParse({ type: "about:blank", title: "x", status: 404, code: "not_found" }).success,
    ).toBe(true);
  });
});
