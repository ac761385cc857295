// Production runs the API as built JavaScript with plain Node.js (the Dockerfile): build it, start it
// on this test file's database, and file a ticket through it; the worker process starts and stops.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "./test-app.ts";

const apiRoot = path.resolve(import.meta.dirname, "..");
const port = 30_000 + (process.pid % 20_000);
let server: ReturnType<typeof spawn> | undefined;

afterAll(() => {
  server?.kill("SIGTERM");
});

/** What production sets (NODE_ENV, one secret per purpose), on this test file's database. */
const productionEnv = () => ({
  PATH: process.env.PATH,
  NODE_ENV: "production",
  JWT_SECRET: "built-server-test-secret-0123456789abcdef",
  REPLY_ADDRESS_SECRET: "built-server-reply-secret-0123456789abcdef",
  TICKET_NUMBER_SECRET: "built-server-ticket-number-secret-0123456789abcdef",
  DATABASE_URL: testDatabaseUrl(),
  SMTP_URL: "smtp://127.0.0.1:9",
});

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url}`);
}

describe("the built API", () => {
  it("runs with plain Node.js, without a TypeScript loader, and files a ticket", {
    timeout: 120_000,
  }, async () => {
    await promisify(execFile)("pnpm", ["--silent", "build"], { cwd: apiRoot });
    const output: string[] = [];
    server = spawn(process.execPath, ["--enable-source-maps", "dist/server.js"], {
      cwd: apiRoot,
      env: {
        ...productionEnv(),
        PORT: String(port),
        LOG_LEVEL: "warn",
        // Mail is received: the warm-up before listening reads a message in the built reading thread.
        INBOUND_SECRET: "built-server-inbound-secret-0123456789",
      },
    });
    server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    const base = `http://127.0.0.1:${port}/api/v1`;
    await waitForHealth(`${base}/health`, Date.now() + 60_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; the server said: ${output.join("")}`);
    });
    const response = await fetch(`${base}/tickets`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        category: "other",
        details: {},
        subject: "Gebouwde API",
        message: "Komt dit aan zonder TypeScript-loader?",
        email: "built@example.test",
        name: "Bram Gebouwd",
      }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: "new", category: "other" });
    expect(output.join("")).not.toContain("warm-up did not finish");
  });

  it("has each worker thread's module next to the server, and plain Node.js runs the PDF one", {
    timeout: 60_000,
  }, async () => {
    // Built by the test above. A PDF naming its author comes back without the name.
    const script = `
      import { PDFDocument } from "pdf-lib";
      import strip from "./dist/pdf-metadata.worker.js";
      await import("./dist/mail-reader.worker.js");
      const pdf = await PDFDocument.create();
      pdf.addPage();
      pdf.setAuthor("Sanne Bakker");
      const stripped = Buffer.from(await strip(await pdf.save())).toString("latin1");
      console.log(stripped.startsWith("%PDF") && !stripped.includes("Sanne") ? "stripped" : "kept");`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      cwd: apiRoot,
    });
    expect(stdout.trim()).toBe("stripped");
  });

  it("has a worker process that runs the background work and stops cleanly on SIGTERM", {
    timeout: 60_000,
  }, async () => {
    // Built by the first test.
    const worker = spawn(process.execPath, ["--enable-source-maps", "dist/worker.js"], {
      cwd: apiRoot,
      env: { ...productionEnv(), LOG_LEVEL: "info" },
    });
    const output: string[] = [];
    const exited = once(worker, "exit");
    worker.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      worker.stdout?.on("data", (chunk: Buffer) => {
        output.push(chunk.toString());
        if (output.join("").includes("worker running")) resolve();
      });
      void exited.then(() => reject(new Error(`the worker ended: ${output.join("")}`)));
    });
    worker.kill("SIGTERM");
    const [code] = await exited;
    expect(code, output.join("")).toBe(0);
  });
});
