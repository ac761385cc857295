import { createDatabaseFromTemplate, dropDatabase } from "@helpdesk/db-tools";
import { afterAll, inject } from "vitest";

// Every test file gets a fresh database cloned from the migrated template, so files run in
// parallel and never see each other's rows; tests build the rows they need themselves.
const serverUrl = inject("testDatabaseServerUrl");
const databaseUrl = await createDatabaseFromTemplate(serverUrl, inject("testTemplateDatabase"));
process.env.TEST_DATABASE_URL = databaseUrl;

afterAll(async () => {
  await dropDatabase(serverUrl, databaseUrl);
});
