import { describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints } from "../endpoints.ts";
import type { EndpointDescriptor } from "./endpoint.ts";
import { type ListKind, listKinds } from "./list-kinds.ts";

/** Every GET endpoint whose answer is `{ items: [...] }`: what integrators meet as a list. */
const described: [string, EndpointDescriptor][] = Object.entries(endpoints);
const listEndpoints = described.flatMap(([name, endpoint]) => {
  const ok = endpoint.responses[200];
  if (endpoint.method !== "GET" || !(ok instanceof z.ZodObject) || !("items" in ok.shape)) return [];
  return [
    {
      name,
      paged: "nextCursor" in ok.shape,
      query: new Set(Object.keys(endpoint.query?.shape ?? {})),
    },
  ];
});

describe("list conventions", () => {
  it("finds the lists it checks", () => {
    expect(listEndpoints.length).toBeGreaterThan(20);
  });

  it.each(listEndpoints)("$name is classified and pages as its kind says", ({ name, paged, query }) => {
    const kind = (listKinds as Record<string, ListKind>)[name];
    expect(kind, `${name} needs a row in list-kinds.ts`).toBeDefined();
    if (kind === "records") {
      expect(paged).toBe(true);
      expect([...query]).toEqual(expect.arrayContaining(["cursor", "limit", "updated_since"]));
    } else if (kind === "log" || kind === "inbox" || kind === "feed") {
      expect(paged).toBe(true);
      expect([...query]).toEqual(expect.arrayContaining(["cursor", "limit"]));
    } else {
      expect(paged, `${name} pages, so it is not a whole list`).toBe(false);
      expect(kind?.whole.length).toBeGreaterThan(10);
    }
  });

  it("names only list endpoints", () => {
    const names = new Set(listEndpoints.map((list) => list.name));
    expect(Object.keys(listKinds).filter((name) => !names.has(name))).toEqual([]);
  });
});
