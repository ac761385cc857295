// `pnpm db:migration <name> [--empty]`: writes the migration for what changed in prisma/schema.prisma.
import { createMigration } from "../new-migration.ts";
import { displayPath, migrationsDir, schemaPath } from "../paths.ts";
import { runCli } from "./run-cli.ts";

const usage = "usage: pnpm db:migration <snake_case_name> [--empty]";

runCli("db:migration", async (args) => {
  const flags = args.filter((arg) => arg.startsWith("-"));
  const names = args.filter((arg) => !arg.startsWith("-"));
  const unknownFlag = flags.find((flag) => flag !== "--empty");
  if (unknownFlag) throw new Error(`unknown option ${unknownFlag}; ${usage}`);
  const [name, ...extra] = names;
  if (name === undefined || extra.length > 0) throw new Error(`give one migration name; ${usage}`);

  const result = await createMigration({
    name,
    migrationsDir,
    schemaPath,
    allowEmpty: flags.includes("--empty"),
  });
  if (!result.created) {
    const since = result.latestMigration
      ? `since migration ${result.latestMigration}`
      : "(it describes no tables)";
    console.log(`${displayPath(schemaPath)} has not changed ${since}: no migration written.`);
    return;
  }
  const file = `${displayPath(result.folder)}/migration.sql`;
  console.log(
    result.empty
      ? `Wrote ${file}, empty: the schema did not change. Write its SQL, then run pnpm db:migrate.`
      : `Wrote ${file}. Review it, then run pnpm db:migrate.`,
  );
});
