// The API as its own process for the benchmark (`src/server.ts`, as in production), so that the
// load-generating client does not share its event loop.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@helpdesk/db-tools";

const apiRoot = fileURLToPath(new URL("..", import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  pid: number | undefined;
  /** CPU time the process has used so far, in ms (Linux /proc): on a busy machine, steadier than rates. */
  cpuMs(): number;
  /** Resident memory of the process now, in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export async function startApiProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  return startServerProcess("src/server.ts", "/api/v1/health", {
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    // Nothing is e-mailed during the benchmark: the outbox finds the mail server away.
    SMTP_URL: "smtp://127.0.0.1:9",
    LOG_LEVEL: "warn",
    // One bench user calls far faster than the per-user pace allows; the counting still runs.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
    ...env,
  });
}

/** A server script of this package in its own Node process, on a free port, once it answers `readyPath`. */
export async function startServerProcess(
  script: string,
  readyPath: string,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const port = await findFreePort();
  // BENCH_NODE_ARGS: extra Node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profile".
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script], {
    cwd: apiRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${baseUrl}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${script} did not start (exit ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  const cpuMs = () => {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: user and system
    // time in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const rssMb = () => {
    const line = readFileSync(`/proc/${child.pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return Number(line?.[1] ?? 0) / 1024;
  };
  return { baseUrl, pid: child.pid, cpuMs, rssMb, stop: () => end("SIGTERM"), kill: () => end("SIGKILL") };
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
