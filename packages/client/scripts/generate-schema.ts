// Turns the API's OpenAPI document into the types of src/schema.ts. The API side passes the
// document in (it builds it from the contracts without a server): see apps/api/scripts/generate-client.ts.
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";

export const SCHEMA_FILE = new URL("../src/schema.ts", import.meta.url);

const BANNER = `/**
 * Generated from the Helpdesk API's OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with \`pnpm client:generate\`; a test fails while this file is out of date.
 */
`;

/** The source text of src/schema.ts for this OpenAPI document. */
export async function generateSchemaSource(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true, silent: true });
  return `${BANNER}\n${astToString(ast)}`;
}
