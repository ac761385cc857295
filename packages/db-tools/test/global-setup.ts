import type { TestProject } from "vitest/node";
import { prepareTestTemplate } from "../src/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
    testTemplateDatabase: string;
  }
}

/** One migrated template per test run, on DATABASE_URL's server or an embedded one (also the API's global setup). */
export default async function setup(project: TestProject) {
  const template = await prepareTestTemplate();
  project.provide("testDatabaseServerUrl", template.serverUrl);
  project.provide("testTemplateDatabase", template.templateDatabase);
  return () => template.stop();
}
