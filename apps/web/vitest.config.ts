import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

// Three projects in one `vitest run`: component and unit tests in jsdom, the server that `pnpm start`
// serves the built app with, and the browser test, which builds the app, serves it and drives real
// Chromium from Node.
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            environment: "jsdom",
            include: ["src/**/*.test.{ts,tsx}"],
            setupFiles: ["./test/setup-dom.ts"],
            // Form tests type with user-event and take 1 to 5 s on a 2-core machine under load; at
            // vitest's default of 5 s a different one timed out on each run.
            testTimeout: 20_000,
            restoreMocks: true,
            unstubGlobals: true,
          },
        },
        {
          test: {
            name: "server",
            environment: "node",
            include: ["server/**/*.test.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "browser",
            environment: "node",
            include: ["test/browser/**/*.test.ts"],
            testTimeout: 60_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  }),
);
