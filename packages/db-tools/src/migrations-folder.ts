// The layout of prisma/migrations, shared with the Prisma CLI: one folder per migration, named
// <timestamp>_<name>, holding migration.sql, plus migration_lock.toml at the top.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

const scriptFile = "migration.sql";
const lockFile = "migration_lock.toml";

// Each migration folder also keeps a copy of schema.prisma as it was when the migration was
// written. The next migration is the diff between that copy and the schema now, computed without a
// database; Prisma's own way replays every migration into a shadow database instead, which the
// WebAssembly engine cannot do. The name does not end in .prisma, so no Prisma tool takes it for a
// schema file, and `prisma migrate deploy` reads only migration.sql.
export const schemaSnapshotFile = "schema.prisma.snapshot";

const snapshotHeader = `// Snapshot of prisma/schema.prisma as of this migration, written by \`pnpm db:migration\`, which
// diffs the next schema against it. Do not edit; \`prisma migrate deploy\` ignores this file.

`;

/** Migration folder names, in the order they apply (Prisma sorts them with localeCompare too). */
export async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: unknown) => {
    if (isMissingFile(error)) throw new Error(`There is no migrations folder at ${migrationsDir}`);
    throw error;
  });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

/** The migrations as the schema engine takes them: read from disk by the caller. */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const names = await listMigrationNames(migrationsDir);
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockFile, content: await readOptional(join(migrationsDir, lockFile)) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: scriptFile,
          content: await readFile(join(migrationsDir, name, scriptFile), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: unknown) => ({ tag: "error" as const, value: String(error) }),
          ),
        },
      })),
    ),
  };
}

export interface SchemaSnapshot {
  migrationName: string;
  datamodel: string;
}

/** The schema as of the newest migration that has a snapshot; null when there are no migrations. */
export async function latestSchemaSnapshot(migrationsDir: string): Promise<SchemaSnapshot | null> {
  const names = await listMigrationNames(migrationsDir);
  for (const migrationName of names.toReversed()) {
    const datamodel = await readOptional(join(migrationsDir, migrationName, schemaSnapshotFile));
    if (datamodel !== null) return { migrationName, datamodel };
  }
  if (names.length > 0) {
    throw new Error(
      `No migration in ${migrationsDir} has a ${schemaSnapshotFile}, so the schema they produce is unknown`,
    );
  }
  return null;
}

/** Writes <migrationsDir>/<folderName>/ with the script and the schema snapshot. */
export async function writeMigrationFolder(
  migrationsDir: string,
  folderName: string,
  script: string,
  schema: string,
): Promise<string> {
  const folder = join(migrationsDir, folderName);
  await mkdir(folder);
  await writeFile(join(folder, scriptFile), script);
  await writeFile(join(folder, schemaSnapshotFile), snapshotHeader + schema);
  return folder;
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
