// The two things we need from Prisma's schema engine (WebAssembly build): the SQL between two
// datamodels, and applying the migrations folder exactly as `prisma migrate deploy` does.
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { DatabaseUnreachableError } from "./connection-error.ts";
import { describeDatabaseUrl } from "./connection-url.ts";
import { engineErrorSummary, schemaValidationSummary } from "./engine/engine-error.ts";
import { loadSchemaEngine, type SchemaEngine } from "./engine/load-schema-engine.ts";
import { MigrationConnection, type ScriptFailure } from "./engine/migration-connection.ts";
import { offlineAdapterFactory } from "./engine/offline-adapter.ts";
import { readMigrationList } from "./migrations-folder.ts";

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The migration SQL that turns datamodel `from` (or an empty database when null) into `to`.
 * Touches no database. Returns "" when they describe the same database.
 */
export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  return withEngine(offlineAdapterFactory, async (engine) => {
    const result = await engine
      .diff({
        from: from === null ? { tag: "empty" } : datamodel("schema.prisma.snapshot", from),
        to: datamodel("schema.prisma", to),
        script: true,
        // With exitCode set the engine says whether anything differs (2) or not (0).
        exitCode: true,
        filters: noFilters,
      })
      .catch((error: unknown) => {
        const reason = schemaValidationSummary(error) ?? engineErrorSummary(error);
        throw new Error(`Cannot diff the datamodels: ${reason}`);
      });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  });
}

/**
 * Applies the migrations in `migrationsDir` that `databaseUrl` lacks, recording them in
 * `_prisma_migrations` as `prisma migrate deploy` does. Returns the names it applied, in order.
 */
export async function applyMigrations(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationList(migrationsDir);
  const connection = new MigrationConnection(databaseUrl);
  try {
    await connection.verify();
    return await withEngine(connection, async (engine) => {
      try {
        const output = await engine.applyMigrations({ migrationsList, filters: noFilters });
        return output.appliedMigrationNames;
      } catch (error) {
        throw migrationError(error, connection.lastScriptFailure, migrationsList.migrationDirectories);
      }
    });
  } catch (error) {
    if (error instanceof MigrationFailedError || error instanceof DatabaseUnreachableError) throw error;
    const advice = /found failed migrations/.test(String(error))
      ? `. To continue, ${failedMigrationAdvice}`
      : "";
    throw new Error(
      `Cannot migrate ${describeDatabaseUrl(databaseUrl)}: ${engineErrorSummary(error)}${advice}`,
    );
  } finally {
    await connection.close();
  }
}

const failedMigrationAdvice =
  "fix the migration, then reset the database (pnpm db:reset) in development, or resolve its row by hand";

/** A migration script that PostgreSQL rejected; its row in `_prisma_migrations` is marked failed. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migrationName: string,
    readonly sqlError: string,
  ) {
    super(
      `Migration ${migrationName} failed: ${sqlError}. Nothing of it was applied, but ` +
        `_prisma_migrations records it as failed: ${failedMigrationAdvice}`,
    );
    this.name = "MigrationFailedError";
  }
}

type MigrationDirectories = Awaited<ReturnType<typeof readMigrationList>>["migrationDirectories"];

function migrationError(
  error: unknown,
  failure: ScriptFailure | undefined,
  directories: MigrationDirectories,
): Error {
  if (!failure) return error instanceof Error ? error : new Error(String(error));
  const migration = directories.find(
    (directory) =>
      directory.migrationFile.content.tag === "ok" &&
      directory.migrationFile.content.value === failure.script,
  );
  const name = migration?.path ?? /migration_name="([^"]+)"/.exec(String(error))?.[1] ?? "(unknown)";
  const line = failure.error.position ? lineAt(failure.script, Number(failure.error.position)) : undefined;
  const where = line === undefined ? "" : ` (line ${line})`;
  return new MigrationFailedError(name, `${failure.error.message}${where}`);
}

function lineAt(text: string, oneBasedOffset: number): number {
  return text.slice(0, oneBasedOffset - 1).split("\n").length;
}

/** `path` only labels the datamodel in validation errors. */
function datamodel(path: string, content: string) {
  return { tag: "schemaDatamodel" as const, files: [{ path, content }] };
}

type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];
type BoundAdapterFactory = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;

/**
 * Runs `use` with a fresh engine on `adapterFactory` and always frees the engine afterwards.
 * Errors that JavaScript code threw inside the adapter reach us as "External error id#N"; they are
 * swapped back for the original error.
 */
async function withEngine<T>(
  adapterFactory: AdapterFactory,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  // The engine logs as JSON lines; its errors carry everything we report, so the log is dropped.
  const engine = await SchemaEngineClass.new({ datamodels: undefined }, ignoreLog, adapter).catch(
    (error: unknown) => {
      throw originalError(adapter, error);
    },
  );
  try {
    return await use(engine).catch((error: unknown) => {
      throw originalError(adapter, error);
    });
  } finally {
    engine.free();
  }
}

function originalError(adapter: BoundAdapterFactory, error: unknown): unknown {
  const id = /External error id#(\d+)/.exec(error instanceof Error ? error.message : String(error))?.[1];
  const record = id === undefined ? undefined : adapter.errorRegistry.consumeError(Number(id));
  return record ? record.error : error;
}

function ignoreLog(): void {}
