// `pnpm start`: the whole product on one machine with one command.
// Database: DATABASE_URL, or an embedded PostgreSQL kept in .data/. Mail: SMTP_URL, or a local mail
// catcher with a web inbox. Then migrations, demo data, the API and the web app; Ctrl-C stops all.
// The web app is built and served as static files (apps/web/server/web-server.ts), never by a
// development server; `pnpm dev` (this script with --dev) runs Vite's hot reload instead.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { applyMigrations, openDevDatabase } from "@helpdesk/db-tools";
import { MailDev } from "maildev";
import { createWebServer } from "../apps/web/server/web-server.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const migrationsDir = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

const apiPort = Number(process.env.PORT ?? 3000);
const webPort = Number(process.env.WEB_PORT ?? 5173);
const mailSmtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
const mailWebPort = Number(process.env.MAIL_CATCHER_WEB_PORT ?? 1080);
const inboundSmtpPort = process.env.INBOUND_SMTP_PORT ?? "2525";
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${webPort}`;
const hotReload = process.argv.includes("--dev");
const webDist = fileURLToPath(new URL("../apps/web/dist", import.meta.url));

const stops: (() => Promise<void> | void)[] = [];
const children: ChildProcess[] = [];
let stopping = false;

async function stopAll(exitCode: number) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping…");
  await Promise.all(children.map(waitForExit));
  for (const stop of stops.reverse()) await stop();
  process.exit(exitCode);
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Runs a long-lived part of the product; if it dies, everything stops. */
function runPart(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    void stopAll(1);
  });
  children.push(child);
}

function runOnce(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code})`)),
    );
  });
}

process.once("SIGINT", () => void stopAll(0));
process.once("SIGTERM", () => void stopAll(0));

try {
  const database = await openDevDatabase();
  stops.push(database.stop);
  console.log(`Database:     ${database.description}`);

  const applied = await applyMigrations(database.url, migrationsDir);
  console.log(`Migrations:   ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);

  if (process.env.NODE_ENV !== "production") {
    await runOnce("pnpm", ["--silent", "db:seed"], { DATABASE_URL: database.url });
  }

  let smtpUrl = process.env.SMTP_URL;
  let mailInbox: string | undefined;
  if (!smtpUrl) {
    const catcher = new MailDev({
      smtp: mailSmtpPort,
      web: mailWebPort,
      ip: "127.0.0.1",
      webIp: "127.0.0.1",
      silent: true,
    });
    await catcher.start();
    stops.push(() => catcher.stop());
    smtpUrl = `smtp://127.0.0.1:${mailSmtpPort}`;
    mailInbox = `http://localhost:${mailWebPort}`;
  }

  runPart("API", "pnpm", ["--filter", "@helpdesk/api", "--silent", "start"], {
    DATABASE_URL: database.url,
    PORT: String(apiPort),
    SMTP_URL: smtpUrl,
    PUBLIC_URL: publicUrl,
    INBOUND_SMTP_PORT: inboundSmtpPort,
    // The web server in front of it names each client in X-Forwarded-For: trusted from this machine only.
    TRUST_PROXY: process.env.TRUST_PROXY ?? "loopback",
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  if (hotReload) {
    runPart("Web app", "pnpm", ["--filter", "@helpdesk/web", "--silent", "dev"], {
      WEB_PORT: String(webPort),
      API_URL: apiUrl,
    });
  } else {
    await runOnce("pnpm", ["--filter", "@helpdesk/web", "--silent", "build", "--logLevel", "warn"], {});
    const web = createWebServer({ distDir: webDist, apiUrl });
    await new Promise<void>((resolve, reject) => {
      web.once("error", reject);
      web.listen(webPort, resolve);
    });
    stops.push(() => new Promise<void>((resolve) => web.close(() => resolve())));
  }

  console.log(`
  Support Center   ${publicUrl}${hotReload ? "   (hot reload)" : ""}
  Agent workspace  ${publicUrl.replace(/\/$/, "")}/agent
  API              http://localhost:${apiPort}/api/v1   (health: /api/v1/health)
  API reference    http://localhost:${apiPort}/api/docs
  Mail out         ${mailInbox ? `${mailInbox}  (catcher; SMTP at ${smtpUrl})` : "SMTP_URL"}
  Mail in          smtp://localhost:${inboundSmtpPort}  (replies to ticket e-mails, new tickets)
  Demo logins      admin@demo.test, agent@demo.test, customer@demo.test … password: demo-password

  Ctrl-C stops everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
