// The README's data map is the code's: generated from the list in modules/privacy/data-map.ts, whose
// "who" comes from the access policy, and every table and column it names exists.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataMapMarkdown, personalDataMap } from "../src/modules/privacy/data-map.ts";
import { createTestApp } from "./test-app.ts";

const testApp = await createTestApp();
afterAll(() => testApp.close());

describe("the data map", () => {
  it("in the README is the one the code generates (pnpm docs:data-map)", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
    const block = /<!-- data-map:start -->\n([\s\S]*?)\n<!-- data-map:end -->/.exec(readme)?.[1];
    expect(block).toBe(dataMapMarkdown());
  });

  it("names only tables and columns that exist", async () => {
    const columns = await testApp.db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`;
    const existing = new Set(columns.map((column) => `${column.table_name}.${column.column_name}`));
    const named = personalDataMap.flatMap((entry) =>
      entry.where.flatMap(({ table, columns }) => columns.map((column) => `${table}.${column}`)),
    );
    expect(named.filter((name) => !existing.has(name))).toEqual([]);
  });

  it("says private data is seen by exactly the roles the API shows it to", () => {
    const privateEntry = personalDataMap.find((entry) => entry.what.startsWith("Customer private data"));
    expect([...(privateEntry?.seenBy.roles ?? [])].sort()).toEqual(["admin", "billing", "customer_service"]);
  });
});
