import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseNameOf } from "./connection-url.ts";
import { databaseExists } from "./database-admin.ts";
import { createDatabaseFromTemplate, dropDatabase } from "./test-database.ts";

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

describe("databases cloned from the test template", () => {
  const serverUrl = inject("testDatabaseServerUrl");
  const templateDatabase = inject("testTemplateDatabase");
  let first: string;
  let second: string;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      createDatabaseFromTemplate(serverUrl, templateDatabase),
      createDatabaseFromTemplate(serverUrl, templateDatabase),
    ]);
  });
  afterAll(async () => {
    await Promise.all([dropDatabase(serverUrl, first), dropDatabase(serverUrl, second)]);
  });

  it("are migrated", async () => {
    const migrations = await withClient(first, (client) => client.query("SELECT 1 FROM _prisma_migrations"));
    expect(migrations.rowCount).toBeGreaterThan(0);
  });

  it("do not see each other's rows", async () => {
    await withClient(first, (client) =>
      client.query(
        "INSERT INTO customers (id, email, name, updated_at) VALUES (gen_random_uuid(), 'a@example.test', 'A', now())",
      ),
    );

    const inSecond = await withClient(second, (client) => client.query("SELECT 1 FROM customers"));
    const inFirst = await withClient(first, (client) => client.query("SELECT 1 FROM customers"));
    expect(inSecond.rowCount).toBe(0);
    expect(inFirst.rowCount).toBe(1);
  });

  it("are dropped even while a connection is still open", async () => {
    const third = await createDatabaseFromTemplate(serverUrl, templateDatabase);
    const lingering = new pg.Client(third);
    lingering.on("error", () => {});
    await lingering.connect();

    await dropDatabase(serverUrl, third);

    expect(await databaseExists(serverUrl, databaseNameOf(third))).toBe(false);
    await lingering.end().catch(() => {});
  });
});
