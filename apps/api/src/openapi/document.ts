import { type EndpointDescriptor, endpoints, PROBLEM_CONTENT_TYPE, problemSchema } from "@helpdesk/contracts";
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from "zod-openapi";

const binary = z.string().meta({ format: "binary" });

/** Express `:name` segments become OpenAPI `{name}` templates. */
const toOpenApiPath = (path: string) => `/api/v1${path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, "{$1}")}`;

function describeStatus(status: number): string {
  if (status >= 500) return "Server error";
  if (status >= 400) return "Problem details (RFC 9457)";
  return status === 204 ? "No content" : "Success";
}

function operationOf(endpoint: EndpointDescriptor): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, schema] of Object.entries(endpoint.responses)) {
    const isProblem = Number(status) >= 400;
    const isFile = endpoint.download && !isProblem;
    const isStream = endpoint.eventStream && !isProblem;
    responses[status] = {
      description: isFile ? "The file" : describeStatus(Number(status)),
      ...(schema ? { content: { [isProblem ? PROBLEM_CONTENT_TYPE : "application/json"]: { schema } } } : {}),
      ...(isFile ? { content: { "application/octet-stream": { schema: binary } } } : {}),
      ...(isStream
        ? { description: "Server-sent events", content: { "text/event-stream": { schema: binary } } }
        : {}),
    };
  }
  // Every endpoint can fail validation or fail unexpectedly, in the one problem format.
  responses["400"] ??= {
    description: describeStatus(400),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
  };
  responses["500"] ??= {
    description: describeStatus(500),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
  };
  return {
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
export function buildOpenApiDocument(list: EndpointDescriptor[] = Object.values(endpoints)) {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of list) {
    const path = toOpenApiPath(endpoint.path);
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operationOf(endpoint) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Helpdesk API",
      version: "1.0.0",
      description:
        "Ticketing API of the Support Center. Errors are RFC 9457 problem+json; lists use cursor pagination.",
    },
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "Access token from POST /api/v1/auth/login (15 minutes; refresh with the cookie)",
        },
      },
    },
    // Every endpoint takes an optional access token: without one the caller is a guest.
    security: [{}, { bearerAuth: [] }],
  });
}
