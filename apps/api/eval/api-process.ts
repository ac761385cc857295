// The API as its own process for the benchmark (`src/server.ts`, as in production), so that the
// load-generating client does not share its event loop.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@helpdesk/db-tools";

const apiRoot = fileURLToPath(new URL("..", import.meta.url));

export async function startApiProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<{ baseUrl: string; pid: number | undefined; stop(): Promise<void>; kill(): Promise<void> }> {
  const port = await findFreePort();
  // BENCH_NODE_ARGS: extra Node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profile".
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "src/server.ts"], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl,
      // Nothing is e-mailed during the benchmark; the outbox finds no work.
      SMTP_URL: "smtp://127.0.0.1:9",
      PORT: String(port),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${baseUrl}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API did not start (exit ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  return { baseUrl, pid: child.pid, stop: () => end("SIGTERM"), kill: () => end("SIGKILL") };
}

/** Signs in over the API; the Authorization header for the session's access token. */
export async function bearerOf(baseUrl: string, email: string, password: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}
