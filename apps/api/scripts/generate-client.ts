// `pnpm client:generate`: rewrites packages/client/src/schema.ts from the document the API serves,
// built from the contracts in this process (no server, no database).
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { generateSchemaSource, SCHEMA_FILE } from "@helpdesk/client/generator";
import { buildOpenApiDocument } from "../src/openapi/document.ts";

await writeFile(SCHEMA_FILE, await generateSchemaSource(buildOpenApiDocument()));
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
