// Databases for test runs (see the API's vitest globalSetup and setup files): migrate once into a
// template, then give every test file its own copy, so files run in parallel without cleanup.
// Free of vitest imports, so any runner can use it.
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMigrations as installJobQueueSchema } from "graphile-worker";
import { databaseNameOf, withDatabaseName } from "./connection-url.ts";
import { closeToConnections, createDatabase, dropDatabaseIfExists } from "./database-admin.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { findFreePort } from "./free-port.ts";
import { migrationsDir as projectMigrationsDir } from "./paths.ts";
import { applyMigrations } from "./schema-engine.ts";
import { configuredDatabaseUrl } from "./settings.ts";

export interface TestTemplate {
  /** A URL on the test server, for creating and dropping the per-file databases. */
  serverUrl: string;
  /** The migrated database every test database is copied from. */
  templateDatabase: string;
  /** Drops the template and stops the embedded server, if one was started. */
  stop(): Promise<void>;
}

/**
 * On DATABASE_URL's server, or else on a throwaway embedded PostgreSQL, creates a uniquely named
 * database with every migration applied, to copy test databases from: Prisma's, then the job
 * queue's own schema (graphile_worker), which a worker would otherwise install at its first start.
 */
export async function prepareTestTemplate(options: { migrationsDir?: string } = {}): Promise<TestTemplate> {
  const { serverUrl, stopServer } = await openTestServer();
  const templateDatabase = uniqueDatabaseName("helpdesk_test_template");
  const stop = async () => {
    try {
      await dropDatabaseIfExists(serverUrl, templateDatabase);
    } finally {
      await stopServer();
    }
  };

  try {
    await createDatabase(serverUrl, templateDatabase);
    const templateUrl = withDatabaseName(serverUrl, templateDatabase);
    await applyMigrations(templateUrl, options.migrationsDir ?? projectMigrationsDir);
    await installJobQueueSchema({ connectionString: templateUrl });
    // A stray connection to the template would make every copy fail.
    await closeToConnections(serverUrl, templateDatabase);
  } catch (error) {
    await stop();
    throw error;
  }
  return { serverUrl, templateDatabase, stop };
}

/** A fresh copy of the template; returns its URL. */
export async function createDatabaseFromTemplate(
  serverUrl: string,
  templateDatabase: string,
): Promise<string> {
  const name = uniqueDatabaseName("helpdesk_test");
  await createDatabase(serverUrl, name, { template: templateDatabase });
  return withDatabaseName(serverUrl, name);
}

/** Drops a database made by `createDatabaseFromTemplate`, even while connections remain. */
export async function dropDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  await dropDatabaseIfExists(serverUrl, databaseNameOf(databaseUrl));
}

async function openTestServer(): Promise<{ serverUrl: string; stopServer: () => Promise<void> }> {
  const configuredUrl = configuredDatabaseUrl();
  if (configuredUrl) return { serverUrl: configuredUrl, stopServer: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: join(tmpdir(), `helpdesk-test-postgres-${randomBytes(6).toString("hex")}`),
    port: await findFreePort(),
    persistent: false,
    unsafeFastWrites: true,
  });
  return { serverUrl: server.url, stopServer: server.stop };
}

function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}
