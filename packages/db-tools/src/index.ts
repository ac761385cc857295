// @helpdesk/db-tools: migrations through Prisma's WebAssembly schema engine, and the PostgreSQL
// databases for development and tests.

export { DatabaseUnreachableError } from "./connection-error.ts";
export { databaseNameOf, describeDatabaseUrl, withDatabaseName } from "./connection-url.ts";
export {
  closeToConnections,
  createDatabase,
  databaseExists,
  dropDatabaseIfExists,
  ensureDatabaseExists,
  quoteIdentifier,
  recreatePublicSchema,
  withServerConnection,
} from "./database-admin.ts";
export { type DevDatabase, devDatabaseName, openDevDatabase, withDevDatabase } from "./dev-database.ts";
export {
  type EmbeddedPostgresOptions,
  embeddedServerUrl,
  type RunningPostgres,
  startEmbeddedPostgres,
} from "./embedded-postgres.ts";
export { findFreePort } from "./free-port.ts";
export { schemaSnapshotFile } from "./migrations-folder.ts";
export {
  assertMigrationName,
  createMigration,
  type NewMigrationRequest,
  type NewMigrationResult,
} from "./new-migration.ts";
export { migrationsDir, repoRoot, schemaPath } from "./paths.ts";
export { applyMigrations, diffDatamodels, MigrationFailedError } from "./schema-engine.ts";
export {
  createDatabaseFromTemplate,
  dropDatabase,
  prepareTestTemplate,
  type TestTemplate,
} from "./test-database.ts";
