// Where the project's database files live, resolved from this module's own location: the CLIs run
// through `pnpm --filter`, whose working directory is packages/db-tools, not the repository root.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const schemaPath = join(repoRoot, "prisma", "schema.prisma");
export const migrationsDir = join(repoRoot, "prisma", "migrations");
/** Data of the embedded development PostgreSQL (git-ignored). */
export const devDataDir = join(repoRoot, ".data", "postgres");

/** A path as a newcomer would type it: relative to the repository root when inside it. */
export function displayPath(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path;
}
