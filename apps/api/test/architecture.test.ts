import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findViolations, modelDelegates, readSources, tableOwners } from "./architecture/table-ownership.ts";

const apiRoot = path.resolve(import.meta.dirname, "..");
const delegates = modelDelegates(readFileSync(path.resolve(apiRoot, "../../prisma/schema.prisma"), "utf8"));
const sources = readSources(path.join(apiRoot, "src"));

describe("one owner per table", () => {
  it("only repositories query the database, each table from one module, and no module imports another's repository", () => {
    expect(findViolations(sources, delegates)).toEqual([]);
  });

  it("every table of the schema has an owning module", () => {
    const owners = tableOwners(sources, delegates);
    // Rate limits are kept by the rate-limiter library (lib/security/attempt-limiter.ts).
    const unowned = delegates.filter((delegate) => !owners.has(delegate) && delegate !== "rateLimit");
    expect(unowned).toEqual([]);
  });

  it("the check itself catches a query in a service, a foreign repository import and a shared table", () => {
    const found = findViolations(
      [
        {
          path: "modules/tickets/ticket-filing.service.ts",
          text: 'import { x } from "../customers/customers.repository.ts";\nawait tx.customer.upsert({});\nawait tx.$queryRaw`SELECT 1`;',
        },
        { path: "modules/customers/customers.repository.ts", text: "db.customer.findMany({})" },
        { path: "modules/auth/auth.repository.ts", text: "db.customer.update({})" },
        { path: "db/prisma.ts", text: "client.customer.count()" },
      ],
      ["customer"],
    );
    expect(found.map((violation) => violation.rule).sort()).toEqual([
      "foreign-repository-import",
      "query-outside-repository",
      "query-outside-repository",
      "table-with-two-owners",
    ]);
  });
});
