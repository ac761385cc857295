import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One migrated template database per run; each test file clones its own copy of it.
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/database-per-file.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
