// Creating, cloning and dropping databases. `serverUrl` is any database URL on the server (its
// credentials and host are used); statements run from that maintenance connection.
import pg from "pg";
import { DatabaseUnreachableError } from "./connection-error.ts";
import { databaseNameOf, withDatabaseName } from "./connection-url.ts";

/**
 * Runs `use` on a connection to the server. It connects to the URL's database, or to `postgres`
 * when that one is missing or is the database being worked on (`avoiding`).
 */
export async function withServerConnection<T>(
  serverUrl: string,
  use: (client: pg.Client) => Promise<T>,
  avoiding: string[] = [],
): Promise<T> {
  const maintenanceUrl = withDatabaseName(serverUrl, "postgres");
  const preferredUrl = avoiding.includes(databaseNameOf(serverUrl)) ? maintenanceUrl : serverUrl;
  const client = await connect(preferredUrl).catch(async (error: unknown) => {
    if (!isMissingDatabase(error) || preferredUrl === maintenanceUrl) throw error;
    return connect(maintenanceUrl);
  });
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withServerConnection(serverUrl, async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  });
}

/** CREATE DATABASE, optionally as a copy of `template`. */
export async function createDatabase(serverUrl: string, name: string, options: { template?: string } = {}) {
  const { template } = options;
  await withServerConnection(
    serverUrl,
    async (client) => {
      if (template) {
        // PostgreSQL copies a template only while nobody is connected to it.
        await terminateConnections(client, template);
        await client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`);
      } else {
        await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      }
    },
    template ? [template] : [],
  );
}

/** Creates the database `databaseUrl` names unless it exists; true when it created it. */
export async function ensureDatabaseExists(databaseUrl: string): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  if (await databaseExists(databaseUrl, name)) return false;
  await createDatabase(databaseUrl, name).catch((error: unknown) => {
    // Someone else created it meanwhile: fine.
    if (!(error instanceof pg.DatabaseError && error.code === duplicateDatabase)) throw error;
  });
  return true;
}

/** Drops the database, disconnecting whoever is still connected to it (PostgreSQL 13+). */
export async function dropDatabaseIfExists(serverUrl: string, name: string): Promise<void> {
  await withServerConnection(
    serverUrl,
    async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    },
    [name],
  );
}

/** Stops new connections to a database, so nothing can block copying it as a template. */
export async function closeToConnections(serverUrl: string, name: string): Promise<void> {
  await withServerConnection(
    serverUrl,
    async (client) => {
      await client.query(`ALTER DATABASE ${quoteIdentifier(name)} WITH ALLOW_CONNECTIONS false`);
      await terminateConnections(client, name);
    },
    [name],
  );
}

/**
 * Empties a database by dropping its `public` schema with everything in it, then recreates the
 * schema with PostgreSQL 15's defaults (owned by the database owner, usable by everyone).
 */
export async function recreatePublicSchema(databaseUrl: string): Promise<void> {
  const client = await connect(databaseUrl);
  try {
    await client.query(`
      DROP SCHEMA IF EXISTS public CASCADE;
      CREATE SCHEMA public AUTHORIZATION pg_database_owner;
      GRANT USAGE ON SCHEMA public TO PUBLIC;
    `);
  } finally {
    await client.end();
  }
}

/** A safely quoted SQL identifier. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.includes("\0")) {
    throw new Error(`Invalid SQL identifier: ${JSON.stringify(name)}`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}

async function terminateConnections(client: pg.Client, databaseName: string): Promise<void> {
  await client.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [databaseName],
  );
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnreachableError(url, error);
  }
  // Without a listener, a server-side disconnect of an idle client would crash the process.
  client.on("error", () => {});
  return client;
}

const missingDatabase = "3D000";
const duplicateDatabase = "42P04";

function isMissingDatabase(error: unknown): boolean {
  const cause = error instanceof DatabaseUnreachableError ? error.cause : error;
  return cause instanceof pg.DatabaseError && cause.code === missingDatabase;
}
