// An empty database of its own for a test file, on the run's test server.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { withDatabaseName } from "../src/connection-url.ts";
import { createDatabase, dropDatabaseIfExists } from "../src/database-admin.ts";

export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = inject("testDatabaseServerUrl");
  const name = `db_tools_test_${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, name);
  return { url: withDatabaseName(serverUrl, name), drop: () => dropDatabaseIfExists(serverUrl, name) };
}
