// `pnpm db:migrate`: applies the committed migrations to DATABASE_URL or the embedded dev database.
import { withDevDatabase } from "../dev-database.ts";
import { migrationsDir } from "../paths.ts";
import { applyMigrations } from "../schema-engine.ts";
import { runCli } from "./run-cli.ts";

runCli("db:migrate", async () => {
  await withDevDatabase(async (url, database) => {
    const applied = await applyMigrations(url, migrationsDir);
    const outcome = applied.length ? `applied ${applied.join(", ")}` : "up to date";
    console.log(`${database.description}: ${outcome}`);
  });
});
