// A throwaway, fully migrated database for the evaluation and the benchmark: on DATABASE_URL's
// server if set, else on an embedded PostgreSQL started for the run. Dropped afterwards.
import { createDatabaseFromTemplate, dropDatabase, prepareTestTemplate } from "@helpdesk/db-tools";

export async function withScratchDatabase<T>(use: (databaseUrl: string) => Promise<T>): Promise<T> {
  const template = await prepareTestTemplate();
  try {
    const databaseUrl = await createDatabaseFromTemplate(template.serverUrl, template.templateDatabase);
    try {
      return await use(databaseUrl);
    } finally {
      await dropDatabase(template.serverUrl, databaseUrl);
    }
  } finally {
    await template.stop();
  }
}
