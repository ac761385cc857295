// `pnpm db:reset`: empties the development database and applies every migration again.
import { recreatePublicSchema } from "../database-admin.ts";
import { withDevDatabase } from "../dev-database.ts";
import { migrationsDir } from "../paths.ts";
import { applyMigrations } from "../schema-engine.ts";
import { isProduction } from "../settings.ts";
import { runCli } from "./run-cli.ts";

runCli("db:reset", async () => {
  if (isProduction()) throw new Error("refusing to erase a database with NODE_ENV=production");
  await withDevDatabase(async (url, database) => {
    await recreatePublicSchema(url);
    const applied = await applyMigrations(url, migrationsDir);
    console.log(`${database.description}: erased, then applied ${applied.join(", ") || "no migrations"}`);
  });
});
