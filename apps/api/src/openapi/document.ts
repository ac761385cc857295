import { type EndpointDescriptor, endpoints, PROBLEM_CONTENT_TYPE, problemSchema } from "@helpdesk/contracts";
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from "zod-openapi";
import { addExamples } from "./openapi-examples.ts";

const binary = z.string().meta({ format: "binary" });

/** Express `:name` segments become OpenAPI `{name}` templates. */
const toOpenApiPath = (path: string) => `/api/v1${path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, "{$1}")}`;

function describeStatus(status: number): string {
  if (status >= 500) return "Server error";
  if (status >= 400) return "Problem details (RFC 9457)";
  if (status >= 300) return "Redirect: the Location header says where";
  return status === 204 ? "No content" : "Success";
}

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } };

/** The pace headers on every answer to a signed-in caller (see README, "Integrations"). */
const rateLimitHeaders = {
  "RateLimit-Limit": { description: "Requests allowed per window", schema: { type: "integer" as const } },
  "RateLimit-Remaining": {
    description: "Requests left in this window",
    schema: { type: "integer" as const },
  },
  "RateLimit-Reset": { description: "Seconds until the window ends", schema: { type: "integer" as const } },
};

function operationOf(operationId: string, endpoint: EndpointDescriptor): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, schema] of Object.entries(endpoint.responses)) {
    const isProblem = Number(status) >= 400;
    const isFile = endpoint.download && !isProblem;
    const isStream = endpoint.eventStream && !isProblem;
    responses[status] = {
      description: isFile ? "The file" : describeStatus(Number(status)),
      ...(isProblem ? {} : { headers: rateLimitHeaders }),
      ...(schema ? { content: { [isProblem ? PROBLEM_CONTENT_TYPE : "application/json"]: { schema } } } : {}),
      ...(isFile ? { content: { "application/octet-stream": { schema: binary } } } : {}),
      ...(isStream
        ? { description: "Server-sent events", content: { "text/event-stream": { schema: binary } } }
        : {}),
    };
  }
  // Every endpoint can fail validation or fail unexpectedly, in the one problem format.
  responses["400"] ??= { description: describeStatus(400), content: problemContent };
  responses["429"] ??= {
    description: "Too many requests for this user or API token: wait Retry-After seconds",
    headers: {
      "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } },
      ...rateLimitHeaders,
    },
    content: problemContent,
  };
  responses["500"] ??= { description: describeStatus(500), content: problemContent };
  return {
    operationId,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    requestParams: {
      ...(endpoint.params ? { path: endpoint.params } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
    },
    ...(endpoint.body ? { requestBody: { content: { "application/json": { schema: endpoint.body } } } } : {}),
    ...(endpoint.upload
      ? {
          requestBody: {
            content: { "multipart/form-data": { schema: z.object({ [endpoint.upload.field]: binary }) } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the contracts: an endpoint exists here by construction. */
/**
 * The OpenAPI 3.1 document, generated from the contracts: an endpoint exists here by construction,
 * and its name in the endpoint list is its `operationId` (what a generated client calls it).
 */
export function buildOpenApiDocument(named: Record<string, EndpointDescriptor> = endpoints) {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, endpoint] of Object.entries(named)) {
    const path = toOpenApiPath(endpoint.path);
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operationOf(name, endpoint) };
  }
  const document = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Helpdesk API",
      version: "1.0.0",
      description:
        "Ticketing API of the Support Center. Errors are RFC 9457 problem+json; lists use cursor pagination. " +
        "Integrations authenticate with an API token (`Authorization: Bearer hdk_…`) that an admin creates.",
      // No licence is published for this product: a custom SPDX reference says so.
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    // Paths carry their /api/v1 prefix: the server is wherever this document was fetched from.
    servers: [{ url: "/", description: "This installation (the document's own origin)" }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description:
            "An API token (`hdk_…`, made by an admin under /api-tokens, for integrations) or an access " +
            "token from POST /api/v1/auth/login (a JWT, 15 minutes; refresh with the cookie)",
        },
      },
    },
    // Every endpoint takes an optional token: without one the caller is a guest.
    security: [{}, { bearerAuth: [] }],
  });
  return addExamples(document);
}
