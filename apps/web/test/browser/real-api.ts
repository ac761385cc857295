// The real API for the browser test: its own database (cloned from a freshly migrated template, on
// DATABASE_URL's server or an embedded PostgreSQL), the demo accounts, and the API as a child process
// (it has its own module resolution and tsconfig, so it runs as it does in production: `src/server.ts`).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabaseFromTemplate, findFreePort, prepareTestTemplate } from "@helpdesk/db-tools";

const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));
const apiRoot = path.join(repoRoot, "apps", "api");

/** Runs a TypeScript file of the API package with Node and tsx; collects its output for error messages. */
function runApiScript(
  script: string,
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: apiRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** A migrated database of its own, with the demo accounts (password `demo-password`). */
export async function prepareDemoDatabase() {
  const template = await prepareTestTemplate();
  try {
    const url = await createDatabaseFromTemplate(template.serverUrl, template.templateDatabase);
    const seed = runApiScript("../../prisma/seed/index.ts", { DATABASE_URL: url });
    const code = await exited(seed.child);
    if (code !== 0) throw new Error(`seeding the demo accounts failed (exit ${code}):\n${seed.output()}`);
    return { url, stop: template.stop };
  } catch (error) {
    await template.stop();
    throw error;
  }
}

export interface StartApiOptions {
  databaseUrl: string;
  smtpUrl: string;
  port: number;
  /** Where the web app is served: the base of e-mailed links. */
  publicUrl: string;
}

/** Starts `apps/api/src/server.ts` and waits until `/api/v1/health` answers. */
export async function startApi(options: StartApiOptions) {
  const api = runApiScript("src/server.ts", {
    NODE_ENV: "test",
    DATABASE_URL: options.databaseUrl,
    SMTP_URL: options.smtpUrl,
    PORT: String(options.port),
    PUBLIC_URL: options.publicUrl,
    LOG_LEVEL: "warn",
    // The webhook journey's receiver listens on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true",
  });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (api.child.exitCode !== null) throw new Error(`the API stopped at start-up:\n${api.output()}`);
    const healthy = await fetch(`${url}/api/v1/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      api.child.kill("SIGKILL");
      throw new Error(`the API did not answer within 30 s:\n${api.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    output: api.output,
    async stop() {
      api.child.kill("SIGTERM");
      await exited(api.child);
    },
  };
}

/** Runs a script of the API's folder with node-postgres connected as `client` (as `--eval` code). */
async function withPg(databaseUrl: string, sql: string, body: string): Promise<string> {
  const code = `import pg from "pg"; const client = new pg.Client({ connectionString: process.env.DATABASE_URL }); await client.connect(); ${body} await client.end();`;
  const child = spawn(process.execPath, ["--input-type=module", "--eval", code], {
    cwd: apiRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, SQL: sql },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let errors = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exit = await exited(child);
  if (exit !== 0) throw new Error(`SQL failed (exit ${exit}): ${errors}`);
  return output;
}

/**
 * Runs one SQL statement on the test database with the API's own driver (node-postgres), from the
 * API's folder: for a journey that needs a state no endpoint makes, such as a ticket already overdue.
 */
export async function runSql(databaseUrl: string, sql: string): Promise<void> {
  await withPg(databaseUrl, sql, "await client.query(process.env.SQL);");
}

/** The rows of one query on the test database: to check what a journey stored. */
export async function querySql<Row>(databaseUrl: string, sql: string): Promise<Row[]> {
  const output = await withPg(
    databaseUrl,
    sql,
    "process.stdout.write(JSON.stringify((await client.query(process.env.SQL)).rows));",
  );
  return JSON.parse(output) as Row[];
}

export { findFreePort };
