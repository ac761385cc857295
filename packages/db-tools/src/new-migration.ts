// `pnpm db:migration <name>`: the SQL from the schema as of the last migration to the schema now.
import { readFile } from "node:fs/promises";
import { latestSchemaSnapshot, listMigrationNames, writeMigrationFolder } from "./migrations-folder.ts";
import { diffDatamodels } from "./schema-engine.ts";

export interface NewMigrationRequest {
  /** snake_case, e.g. add_ticket_tags; the folder becomes <timestamp>_<name>. */
  name: string;
  migrationsDir: string;
  schemaPath: string;
  /** Write the migration even when the schema did not change, to fill in SQL by hand. */
  allowEmpty?: boolean;
  now?: Date;
}

export type NewMigrationResult =
  | { created: true; migrationName: string; folder: string; empty: boolean }
  | { created: false; latestMigration: string | null };

export async function createMigration(request: NewMigrationRequest): Promise<NewMigrationResult> {
  assertMigrationName(request.name);
  const { migrationsDir } = request;
  const schema = await readFile(request.schemaPath, "utf8");
  const snapshot = await latestSchemaSnapshot(migrationsDir);
  const script = await diffDatamodels(snapshot?.datamodel ?? null, schema);
  if (script === "" && !request.allowEmpty) {
    return { created: false, latestMigration: snapshot?.migrationName ?? null };
  }

  const migrationName = `${migrationTimestamp(request.now ?? new Date())}_${request.name}`;
  const latest = (await listMigrationNames(migrationsDir)).at(-1);
  // Migrations apply in name order; a new one sorting earlier would run before what it builds on.
  if (latest !== undefined && migrationName.localeCompare(latest) <= 0) {
    throw new Error(`A new migration must sort after the latest one, ${latest}; check the clock`);
  }
  const contents = script === "" ? "-- Write this migration's SQL here.\n" : script;
  const folder = await writeMigrationFolder(migrationsDir, migrationName, contents, schema);
  return { created: true, migrationName, folder, empty: script === "" };
}

const migrationNamePattern = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

export function assertMigrationName(name: string): void {
  if (!migrationNamePattern.test(name) || name.length > 200) {
    throw new Error(
      `A migration name is snake_case, like add_ticket_tags (lower-case letters, digits, single underscores), not "${name}"`,
    );
  }
}

/** YYYYMMDDHHMMSS in UTC, as Prisma names migration folders. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}
