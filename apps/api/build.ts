// `pnpm --filter @helpdesk/api build`: the API as JavaScript (dist/server.js, dist/worker.js for
// background work alone, and next to them the worker threads that read inbound e-mail and rewrite
// PDFs) that plain Node.js runs in production, without a TypeScript loader. The workspace's own
// packages (the contracts, TypeScript sources) are bundled in; every installed package stays an import.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const manifest = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const installed = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter(([, version]) => !version.startsWith("workspace:"))
  .map(([name]) => name);

await build({
  entryPoints: [
    new URL("src/server.ts", import.meta.url).pathname,
    new URL("src/worker.ts", import.meta.url).pathname,
    new URL("src/modules/inbound-mail/mail-reader.worker.ts", import.meta.url).pathname,
    new URL("src/lib/files/pdf-metadata.worker.ts", import.meta.url).pathname,
  ],
  outdir: new URL("dist", import.meta.url).pathname,
  entryNames: "[name]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  // A package named here is also external with every subpath (`@prisma/client/runtime/...`).
  external: installed,
  // Bundled CommonJS helpers may call require(): give the ES module one.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
console.log(
  "Built apps/api/dist/server.js, dist/worker.js (background work only), dist/mail-reader.worker.js and dist/pdf-metadata.worker.js",
);
