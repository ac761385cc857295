// Serves the built web app, and nothing else: the files in dist/ (hashed assets cached for a year,
// the HTML shell always revalidated), index.html for every client-side route, the security headers,
// and /api passed through to the API. `pnpm start` runs it; hot reload is `pnpm dev`'s job.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import sirv from "sirv";
import { securityHeaders } from "./security-headers.ts";

export interface WebServerOptions {
  /** The built app (apps/web/dist). */
  distDir: string;
  /** Where /api goes, e.g. http://127.0.0.1:3000. */
  apiUrl: string;
}

const HASHED_ASSET = /^\/assets\//;

function cacheControlFor(pathname: string): string {
  if (HASHED_ASSET.test(pathname)) return "public, max-age=31536000, immutable";
  return "no-cache";
}

/**
 * Streams the request to the API and its answer back. The client is named by the address this
 * server saw, replacing whatever the client claimed (as docker/nginx.conf does): the API believes
 * this header from this server only.
 */
function proxyToApi(apiUrl: URL, req: IncomingMessage, res: ServerResponse) {
  const forwardedFor = req.socket.remoteAddress ?? "";
  const upstream = request(
    {
      protocol: apiUrl.protocol,
      hostname: apiUrl.hostname,
      port: apiUrl.port,
      method: req.method,
      path: req.url,
      headers: {
        ...req.headers,
        host: apiUrl.host,
        "x-forwarded-for": forwardedFor,
        "x-forwarded-proto": "http",
      },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { "Content-Type": "application/problem+json" });
    res.end(JSON.stringify({ type: "about:blank", title: "The API does not answer", status: 502 }));
  });
  // A client that goes away (a tab closing its live stream) takes the API request with it.
  res.on("close", () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

export function createWebServer({ distDir, apiUrl }: WebServerOptions): Server {
  const api = new URL(apiUrl);
  const options = {
    etag: true,
    dotfiles: false,
    setHeaders: (res: ServerResponse, pathname: string) =>
      res.setHeader("Cache-Control", cacheControlFor(pathname)),
  };
  // A missing asset is a 404, never the HTML shell under a year-long cache header.
  const assets = sirv(distDir, { ...options, single: false });
  const pages = sirv(distDir, { ...options, single: true });
  return createServer((req, res) => {
    if (req.url === "/api" || req.url?.startsWith("/api/")) return proxyToApi(api, req, res);
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" });
      return res.end();
    }
    const files = HASHED_ASSET.test(req.url ?? "") ? assets : pages;
    files(req, res, () => {
      res.writeHead(404);
      res.end();
    });
  });
}
