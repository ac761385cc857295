// Generates the Prisma client during `pnpm install`.
// The Prisma CLI insists on locating its native schema engine before `generate`, and downloading it
// is blocked on our machines; generation never runs the engine, so any existing file satisfies it.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("pnpm", ["exec", "prisma", "generate", "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
