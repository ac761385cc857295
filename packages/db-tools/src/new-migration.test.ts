import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { schemaSnapshotFile } from "./migrations-folder.ts";
import { assertMigrationName, createMigration, migrationTimestamp } from "./new-migration.ts";

const datasource = 'datasource db {\n  provider = "postgresql"\n}\n';
const customerModel = "model Customer {\n  id   Int    @id\n  name String\n}\n";
const ticketModel = "model Ticket {\n  id    Int    @id\n  title String\n}\n";

describe("createMigration", () => {
  let root: string;
  let migrationsDir: string;
  let schemaPath: string;
  const at = (iso: string) => new Date(iso);

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "db-tools-new-migration-"));
    migrationsDir = join(root, "migrations");
    schemaPath = join(root, "schema.prisma");
    await writeFile(schemaPath, datasource + customerModel);
    await import("node:fs/promises").then((fs) => fs.mkdir(migrationsDir));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("writes the first migration from an empty database, with a snapshot of the schema", async () => {
    const result = await createMigration({
      name: "init",
      migrationsDir,
      schemaPath,
      now: at("2026-01-02T03:04:05Z"),
    });

    expect(result).toMatchObject({ created: true, migrationName: "20260102030405_init" });
    const folder = join(migrationsDir, "20260102030405_init");
    expect(await readFile(join(folder, "migration.sql"), "utf8")).toContain('CREATE TABLE "Customer"');
    expect(await readFile(join(folder, schemaSnapshotFile), "utf8")).toContain(datasource + customerModel);
  });

  it("writes only what changed since the last migration's snapshot", async () => {
    await createMigration({ name: "init", migrationsDir, schemaPath, now: at("2026-01-02T03:04:05Z") });
    await writeFile(schemaPath, datasource + customerModel + ticketModel);

    const result = await createMigration({
      name: "add_tickets",
      migrationsDir,
      schemaPath,
      now: at("2026-01-03T00:00:00Z"),
    });

    expect(result).toMatchObject({ created: true, migrationName: "20260103000000_add_tickets" });
    const sql = await readFile(join(migrationsDir, "20260103000000_add_tickets", "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Ticket"');
    expect(sql).not.toContain('"Customer"');
  });

  it("writes nothing when the schema did not change", async () => {
    await createMigration({ name: "init", migrationsDir, schemaPath, now: at("2026-01-02T03:04:05Z") });

    const result = await createMigration({
      name: "again",
      migrationsDir,
      schemaPath,
      now: at("2026-01-03T00:00:00Z"),
    });

    expect(result).toEqual({ created: false, latestMigration: "20260102030405_init" });
    expect(await readdir(migrationsDir)).toEqual(["20260102030405_init"]);
  });

  it("writes an empty migration to fill in by hand when asked to", async () => {
    await createMigration({ name: "init", migrationsDir, schemaPath, now: at("2026-01-02T03:04:05Z") });

    const result = await createMigration({
      name: "search_index",
      migrationsDir,
      schemaPath,
      allowEmpty: true,
      now: at("2026-01-03T00:00:00Z"),
    });

    expect(result).toMatchObject({ created: true, empty: true });
  });

  it("refuses a migration that would sort before the latest one", async () => {
    await createMigration({ name: "init", migrationsDir, schemaPath, now: at("2026-01-02T03:04:05Z") });
    await writeFile(schemaPath, datasource + customerModel + ticketModel);

    await expect(
      createMigration({ name: "add_tickets", migrationsDir, schemaPath, now: at("2025-12-31T00:00:00Z") }),
    ).rejects.toThrow(/must sort after the latest one, 20260102030405_init/);
  });
});

describe("migration names", () => {
  it("accepts snake_case", () => {
    expect(() => assertMigrationName("add_ticket_tags2")).not.toThrow();
  });

  it.each(["AddTickets", "add-tickets", "add__tickets", "_add", "add_", "1_add", ""])(
    "rejects %j",
    (name) => {
      expect(() => assertMigrationName(name)).toThrow(/snake_case/);
    },
  );

  it("stamps folders with the UTC time, as Prisma does", () => {
    expect(migrationTimestamp(new Date("2026-11-23T19:12:05.999Z"))).toBe("20261123191205");
  });
});
