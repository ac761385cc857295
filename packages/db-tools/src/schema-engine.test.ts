import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../test/scratch-database.ts";
import { listMigrationNames } from "./migrations-folder.ts";
import { migrationsDir, schemaPath } from "./paths.ts";
import { applyMigrations, diffDatamodels, MigrationFailedError } from "./schema-engine.ts";

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const datasource = 'datasource db {\n  provider = "postgresql"\n}\n';
const ticketModel = 'model Ticket {\n  id    Int    @id\n  title String\n\n  @@map("tickets")\n}\n';

describe("diffDatamodels", () => {
  it("finds nothing to do between identical datamodels", async () => {
    const schema = await readFile(schemaPath, "utf8");
    expect(await diffDatamodels(schema, schema)).toBe("");
  });

  it("creates the table of a model that was added", async () => {
    const sql = await diffDatamodels(datasource, datasource + ticketModel);
    expect(sql).toContain('CREATE TABLE "tickets"');
    expect(sql).not.toContain("DROP");
  });

  it("starts from an empty database when there is no previous datamodel", async () => {
    const sql = await diffDatamodels(null, await readFile(schemaPath, "utf8"));
    expect(sql).toContain('CREATE TABLE "customers"');
    expect(sql).toContain('CREATE TYPE "StaffRole"');
  });

  it("names the line of a schema that does not validate", async () => {
    await expect(
      diffDatamodels(null, `${datasource}model Broken {\n  id Int @id\n  title Strin\n}\n`),
    ).rejects.toThrow(/Cannot diff the datamodels: .*Strin.*\(schema\.prisma:6\)/);
  });
});

describe("applyMigrations", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(() => database.drop());

  it("applies the committed migrations to an empty database and records them as prisma migrate deploy does", async () => {
    const committed = await listMigrationNames(migrationsDir);
    expect(committed.length).toBeGreaterThan(0);

    expect(await applyMigrations(database.url, migrationsDir)).toEqual(committed);

    const tables = await query<{ tablename: string }>(
      database.url,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.map((row) => row.tablename)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "customers", "customer_services", "staff_members"]),
    );
    const records = await query<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
      database.url,
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM _prisma_migrations ORDER BY started_at`,
    );
    expect(records).toEqual(
      committed.map((name) => ({ migration_name: name, finished: true, rolled_back: false })),
    );
    const extensions = await query<{ extname: string }>(database.url, "SELECT extname FROM pg_extension");
    expect(extensions.map((row) => row.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(database.url, migrationsDir)).toEqual([]);
    const [count] = await query<{ n: number }>(
      database.url,
      "SELECT count(*)::int AS n FROM _prisma_migrations",
    );
    expect(count?.n).toBe((await listMigrationNames(migrationsDir)).length);
  });
});

describe("applyMigrations on hand-written SQL", () => {
  let folder: string;
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

  async function addMigration(name: string, sql: string) {
    await mkdir(join(folder, name));
    await writeFile(join(folder, name, "migration.sql"), sql);
  }

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "db-tools-migrations-"));
    await writeFile(join(folder, "migration_lock.toml"), 'provider = "postgresql"\n');
    database = await createEmptyDatabase();
  });
  afterAll(async () => {
    await database.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("runs a script with semicolons inside strings and function bodies as one script", async () => {
    await addMigration(
      "20250101000000_functions",
      `CREATE TABLE notes (body text DEFAULT 'a; b');
CREATE FUNCTION shout(t text) RETURNS text AS $$ BEGIN RETURN upper(t); END; $$ LANGUAGE plpgsql;
`,
    );
    expect(await applyMigrations(database.url, folder)).toEqual(["20250101000000_functions"]);
    const [row] = await query<{ shouted: string }>(database.url, "SELECT shout('hi') AS shouted");
    expect(row?.shouted).toBe("HI");
  });

  it("names a failing migration and its SQL error, and applies none of it", async () => {
    await addMigration(
      "20250102000000_broken",
      "CREATE TABLE half_done (id int);\n\nSELECT * FROM missing_table;\n",
    );
    const failure = await applyMigrations(database.url, folder).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect((failure as MigrationFailedError).message).toMatch(
      /^Migration 20250102000000_broken failed: relation "missing_table" does not exist \(line 3\)/,
    );
    const tables = await query(database.url, "SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
    expect(tables).toEqual([]);
  });

  it("refuses to continue past a failed migration", async () => {
    await expect(applyMigrations(database.url, folder)).rejects.toThrow(
      /found failed migrations.*20250102000000_broken/s,
    );
  });
});

describe("applyMigrations without a server", () => {
  it("says which database it cannot reach and why", async () => {
    await expect(applyMigrations("postgresql://u:p@127.0.0.1:1/nowhere", migrationsDir)).rejects.toThrow(
      "Cannot connect to 127.0.0.1:1/nowhere: connect ECONNREFUSED 127.0.0.1:1",
    );
  });
});
