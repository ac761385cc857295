// The API as production runs it (`src/server.ts` in its own process), for faults that only a real
// process shows: kill -9, SIGTERM. It uses the test file's database and the given mail server.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@helpdesk/db-tools";
import { testDatabaseUrl } from "../test-app.ts";

const apiRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface ApiProcess {
  baseUrl: string;
  /** Resolves with the exit code (null when ended by a signal) once the process has ended. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

export async function startApiProcess(options: {
  smtpUrl: string;
  env?: Record<string, string>;
}): Promise<ApiProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: testDatabaseUrl(),
      SMTP_URL: options.smtpUrl,
      PORT: String(port),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      ATTACHMENTS_DIR: "/tmp/helpdesk-fault-attachments",
      ...options.env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Generous: several test files start processes at once on a busy machine.
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${baseUrl}/api/v1/health`).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API did not start (exit ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, exited, kill: (signal) => child.kill(signal) };
}

/** Files a guest ticket over HTTP with an Idempotency-Key, retrying until it is acknowledged. */
export async function fileGuestTicket(baseUrl: string, email: string): Promise<void> {
  const body = JSON.stringify({ category: "other", subject: "Storing", message: "Hallo", email, name: "G" });
  for (let tries = 0; tries < 20; tries++) {
    const response = await fetch(`${baseUrl}/api/v1/tickets`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": `key-${email}` },
      body,
    }).catch(() => undefined);
    if (response?.status === 201) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`could not file a ticket for ${email}`);
}
