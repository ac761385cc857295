// The server `pnpm start` uses for the web app: only the built files, with security headers.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.ts";
import { createWebServer } from "./web-server.ts";

let web: Server;
let api: Server;
let base: string;
const apiSaw: { url?: string; forwardedFor?: string; body?: string } = {};
/** Resolves when the API's open-ended stream request is closed (by the proxy, after the client). */
let streamClosed: Promise<void> = Promise.resolve();

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

beforeAll(async () => {
  const distDir = await mkdtemp(path.join(tmpdir(), "web-dist-"));
  await mkdir(path.join(distDir, "assets"));
  await writeFile(path.join(distDir, "index.html"), "<!doctype html><title>Support Center</title>");
  await writeFile(path.join(distDir, "assets", "index-AbC123.js"), "console.log(1)");
  await writeFile(path.join(distDir, ".env"), "SECRET=1");
  api = createServer((req, res) => {
    if (req.url === "/api/v1/live/stream") {
      streamClosed = new Promise((resolve) => res.on("close", () => resolve()));
      res.writeHead(200, { "Content-Type": "text/event-stream" });
      res.write("retry: 2000\n\n");
      return;
    }
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      Object.assign(apiSaw, { url: req.url, forwardedFor: req.headers["x-forwarded-for"], body });
      res.writeHead(201, { "Content-Type": "application/json" });
      res.end('{"ok":true}');
    });
  });
  const apiPort = await listen(api);
  web = createWebServer({ distDir, apiUrl: `http://127.0.0.1:${apiPort}` });
  base = `http://127.0.0.1:${await listen(web)}`;
});

afterAll(async () => {
  await new Promise((resolve) => web.close(resolve));
  await new Promise((resolve) => api.close(resolve));
});

describe("the web app's server", () => {
  it("serves no file from outside the build, not even through a dev server's /@fs/ path", async () => {
    const secret = await readFile(import.meta.filename, "utf8");
    for (const probe of [
      `/@fs${import.meta.filename}`,
      `/@fs/etc/passwd`,
      "/..%2f..%2fpackage.json",
      "/%2e%2e/%2e%2e/package.json",
      "/.env",
      "/src/main.tsx",
      "/@vite/client",
    ]) {
      const response = await fetch(`${base}${probe}`);
      const text = await response.text();
      expect(text, probe).not.toContain("SECRET=1");
      expect(text, probe).not.toContain(secret.slice(0, 80));
      expect(text, probe).not.toMatch(/root:x:0:0/);
      // Anything that is not a built file is the app's shell (a client-side route), or nothing.
      if (response.status === 200) expect(text, probe).toContain("<title>Support Center</title>");
    }
  });

  it("answers a client-side route with the HTML shell, revalidated on every visit", async () => {
    const response = await fetch(`${base}/agent/tickets/123`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Support Center</title>");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("caches hashed assets for a year, and a missing asset is a 404, not the shell", async () => {
    const asset = await fetch(`${base}/assets/index-AbC123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const missing = await fetch(`${base}/assets/gone-XyZ.js`);
    expect(missing.status).toBe(404);
  });

  it("sends the security headers with every page: CSP, no sniffing, no framing", async () => {
    const response = await fetch(`${base}/`);
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers.get(name), name).toBe(value);
    }
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("passes /api through to the API with the body, and names the client in X-Forwarded-For, replacing its claim", async () => {
    const response = await fetch(`${base}/api/v1/tickets?x=1`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": "203.0.113.9" },
      body: '{"subject":"hi"}',
    });
    expect(response.status).toBe(201);
    expect(apiSaw).toMatchObject({ url: "/api/v1/tickets?x=1", body: '{"subject":"hi"}' });
    // What the client claimed is dropped: the API trusts this header from this server only.
    expect(apiSaw.forwardedFor).toBe("127.0.0.1");
  });

  it("streams an open-ended answer as it comes, and ends the API's request when the client goes away", async () => {
    const client = new AbortController();
    const response = await fetch(`${base}/api/v1/live/stream`, { signal: client.signal });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe("retry: 2000\n\n");
    client.abort();
    await streamClosed;
  });

  it("refuses other methods than GET and HEAD for files", async () => {
    expect((await fetch(`${base}/`, { method: "POST" })).status).toBe(405);
  });
});

describe("docker/nginx.conf", () => {
  it("sends the same security headers as the development server", async () => {
    const conf = await readFile(path.resolve(import.meta.dirname, "../../../docker/nginx.conf"), "utf8");
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(conf, name).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
