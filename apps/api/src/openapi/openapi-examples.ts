// An example on every operation of the OpenAPI document: request bodies, parameters and responses.
// Shapes are sampled from the operation's own schemas (openapi-sampler, the sampler Redoc uses), so
// an example cannot drift from its schema; fields carry realistic values where the contracts give
// them (`.meta({ examples })`). Problems get the body this API really sends for that status.
import { PROBLEM_CONTENT_TYPE, type ProblemCode } from "@helpdesk/contracts";
import { sample } from "openapi-sampler";
import { problemCatalog } from "../errors/app-error.ts";
import { toProblem } from "../http/problem.ts";

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
  example?: unknown;
}
interface Operation {
  parameters?: { schema?: Json; example?: unknown }[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

/** The code this API answers a status with, most often: the first in the catalog. */
function problemExample(status: number) {
  const code = (Object.keys(problemCatalog) as ProblemCode[]).find(
    (c) => problemCatalog[c].status === status,
  );
  return code ? toProblem(code, { requestId: "5f0c9f6e-2b7a-4c1e-9d3a-8e4b2a1c0d9f" }) : undefined;
}

const sampled = (schema: Json | undefined, document: object) =>
  schema === undefined
    ? undefined
    : sample(schema, { skipReadOnly: true, quiet: true, enablePatterns: true }, document);

export function addExamples<D extends { paths?: object }>(document: D): D {
  for (const pathItem of Object.values(document.paths ?? {}) as Record<string, Operation>[]) {
    for (const operation of Object.values(pathItem)) {
      for (const parameter of operation.parameters ?? [])
        parameter.example ??= sampled(parameter.schema, document);
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        if (type === "application/json") media.example ??= sampled(media.schema, document);
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type === PROBLEM_CONTENT_TYPE) media.example ??= problemExample(Number(status));
          else if (type === "application/json") media.example ??= sampled(media.schema, document);
        }
      }
    }
  }
  return document;
}
