// `pnpm dev` (hot reload) runs Vite's development server, which serves files by absolute path under
// /@fs/. It must serve the app's own folders and nothing else of the machine or the repository.
import { mkdir, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const webRoot = path.resolve(import.meta.dirname, "..");
const repoRoot = path.resolve(webRoot, "../..");
const probeDir = path.join(repoRoot, ".data", `postgres-probe-${process.pid}`);
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  // A stand-in for the embedded database's files: what /@fs/ used to hand out.
  await mkdir(probeDir, { recursive: true });
  await writeFile(path.join(probeDir, "16384"), "iban NL91ABNA0417164300");
  server = await createServer({
    configFile: path.join(webRoot, "vite.config.ts"),
    logLevel: "silent",
    server: { port: 0, strictPort: false, host: "127.0.0.1", hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null | undefined;
  if (!address) throw new Error("the development server does not listen");
  base = `http://127.0.0.1:${address.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(probeDir, { recursive: true, force: true });
});

describe("the development server (pnpm dev)", () => {
  it("refuses /@fs/ reads of the database files, the repository's other files and the system", async () => {
    for (const file of [
      path.join(probeDir, "16384"),
      path.join(repoRoot, "package.json"),
      path.join(repoRoot, "apps", "api", "src", "config", "env.ts"),
      "/etc/passwd",
    ]) {
      const response = await fetch(`${base}/@fs${file}`);
      expect(response.status, file).toBe(403);
      expect(await response.text(), file).not.toContain("NL91ABNA0417164300");
    }
  });

  it("still serves the app's own sources and the shared contracts", async () => {
    expect((await fetch(`${base}/@fs${path.join(webRoot, "src", "main.tsx")}`)).status).toBe(200);
    const contracts = path.join(repoRoot, "packages", "contracts", "src", "index.ts");
    expect((await fetch(`${base}/@fs${contracts}`)).status).toBe(200);
  });
});
