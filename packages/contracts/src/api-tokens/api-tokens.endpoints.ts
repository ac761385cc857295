import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  apiTokenListSchema,
  apiTokenParamsSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
} from "./api-tokens.schemas.ts";

export const createApiToken = defineEndpoint({
  method: "POST",
  path: "/api-tokens",
  summary: "Create an API token for an integration; its secret is in this response only (admins only)",
  tag: "API tokens",
  body: createApiTokenSchema,
  responses: {
    201: createdApiTokenSchema,
    400: problemSchema,
    401: problemSchema,
    403: problemSchema,
    404: problemSchema,
  },
});

export const listApiTokens = defineEndpoint({
  method: "GET",
  path: "/api-tokens",
  summary: "API tokens with their last use, newest first (admins only)",
  tag: "API tokens",
  responses: { 200: apiTokenListSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema },
});

export const revokeApiToken = defineEndpoint({
  method: "DELETE",
  path: "/api-tokens/:id",
  summary: "Revoke an API token: it stops working at once (admins only)",
  tag: "API tokens",
  params: apiTokenParamsSchema,
  responses: { 204: null, 401: problemSchema, 403: problemSchema, 404: problemSchema },
});
