import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { bundleBudget } from "./build/bundle-budget.ts";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What `pnpm dev` may read from disk: the app, the contracts and installed packages. Vite's default
 * is the whole workspace, which holds the development database's files and the attachments (.data).
 */
export const devServerFileAccess = {
  strict: true,
  allow: [webRoot, `${repoRoot}packages/contracts`, `${repoRoot}node_modules`],
  deny: [".env", ".env.*", "*.{crt,pem,key}", "**/.git/**", "**/.data/**"],
};

export default defineConfig(({ mode }) => {
  // WEB_PORT and API_URL configure the dev tooling only, so they are read from the environment (and
  // .env files) here; code that ships to browsers only sees VITE_* variables through import.meta.env.
  const env = loadEnv(mode, webRoot, "");
  const port = Number(env.WEB_PORT ?? 5173);
  const apiUrl = env.API_URL ?? "http://localhost:3000";
  const proxy = { "/api": { target: apiUrl, changeOrigin: true } };

  return {
    root: webRoot,
    plugins: [
      react(),
      bundleBudget({
        initialJsBudgetKb: 150,
        // Was 4.2 kB with the agent workspace's CSS in the one global stylesheet; now it loads with the
        // workspace (and the form, ticket and notice styles with their pages).
        initialCssBudgetKb: 3.5,
        lazyOnly: [
          "/src/features/agent/",
          "/src/features/knowledge-base/",
          "/src/features/settings/",
          "/src/features/reports/",
          "/src/features/ticket-relations/",
          "/src/features/notifications/",
        ],
      }),
    ],
    server: { port, strictPort: true, proxy, fs: devServerFileAccess },
    preview: { port, strictPort: true, proxy },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      target: "baseline-widely-available",
      sourcemap: true,
      reportCompressedSize: true,
      rolldownOptions: {
        // The contracts' schemas call zod's `.meta()`, which registers them globally: a side effect that
        // keeps every schema and endpoint in the bundle, used or not. The web app never reads that
        // registry (only the API's OpenAPI document does), so unused contract code may go (-5 kB gzip).
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]contracts[\\/]/.test(id) },
        output: {
          // Libraries and contracts in one chunk. Without this, every module shared by the app and a
          // lazily loaded page becomes a small chunk of its own, and the initial load grows by the
          // gzip overhead of each (about 4 kB with the sign-in pages split off).
          // Only what the first render needs goes into `vendor` (`$initial`); library and contract code
          // used by lazily loaded pages alone (the ticket schemas, infinite queries) goes into
          // `vendor-lazy`, so pages added later do not grow the initial load.
          codeSplitting: {
            groups: [
              { name: "vendor", test: /node_modules|[\\/]packages[\\/]contracts[\\/]/, tags: ["$initial"] },
              { name: "vendor-lazy", test: /node_modules|[\\/]packages[\\/]contracts[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
