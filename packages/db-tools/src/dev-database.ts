// The development database: DATABASE_URL when set, else the embedded PostgreSQL whose data lives in
// the git-ignored .data/postgres. Used by the CLIs, the seed and `pnpm start`.
import pg from "pg";
import { describeDatabaseUrl, withDatabaseName } from "./connection-url.ts";
import { ensureDatabaseExists } from "./database-admin.ts";
import { embeddedPassword, embeddedServerUrl, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { devDataDir, displayPath } from "./paths.ts";
import { configuredDatabaseUrl, embeddedDevPort } from "./settings.ts";

export interface DevDatabase {
  url: string;
  /** Where the data is, for a start-up banner; never includes the password. */
  description: string;
  /** Stops the embedded server if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
}

export const devDatabaseName = "helpdesk";

/** Opens the development database, creating the database itself when it is missing. */
export async function openDevDatabase(): Promise<DevDatabase> {
  const configuredUrl = configuredDatabaseUrl();
  if (configuredUrl) {
    // As `prisma migrate deploy` does, a missing database is created.
    await ensureDatabaseExists(configuredUrl);
    return {
      url: configuredUrl,
      description: `${describeDatabaseUrl(configuredUrl)} (DATABASE_URL)`,
      stop: async () => {},
    };
  }

  const port = embeddedDevPort();
  const serverUrl = embeddedServerUrl(port, embeddedPassword(devDataDir));
  const url = withDatabaseName(serverUrl, devDatabaseName);
  const where = `embedded PostgreSQL on 127.0.0.1:${port}, data in ${displayPath(devDataDir)}`;

  // `pnpm start` keeps the server running; other commands then use that one.
  if (await isAcceptingConnections(serverUrl)) {
    await ensureDatabaseExists(url);
    return { url, description: `${devDatabaseName} (${where}, already running)`, stop: async () => {} };
  }

  const server = await startEmbeddedPostgres({ dataDir: devDataDir, port, persistent: true });
  // A cluster from before generated passwords gets one at this start: the URL changes with it.
  const startedUrl = withDatabaseName(server.url, devDatabaseName);
  try {
    await ensureDatabaseExists(startedUrl);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: startedUrl, description: `${devDatabaseName} (${where})`, stop: server.stop };
}

/** Runs `use` with the development database's URL, then stops what `openDevDatabase` started. */
export async function withDevDatabase<T>(
  use: (url: string, database: DevDatabase) => Promise<T>,
): Promise<T> {
  const database = await openDevDatabase();
  try {
    return await use(database.url, database);
  } finally {
    await database.stop();
  }
}

/**
 * Whether our embedded server already listens on the URL's port. Refused means nobody listens;
 * any other failure (another server, other credentials) is an error worth reporting.
 */
async function isAcceptingConnections(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (isConnectionRefused(error)) return false;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Port ${new URL(serverUrl).port} is taken by a server that is not the embedded development PostgreSQL (${reason}); set EMBEDDED_PG_PORT to another port`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

function isConnectionRefused(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.every(isConnectionRefused);
  return error instanceof Error && "code" in error && error.code === "ECONNREFUSED";
}
