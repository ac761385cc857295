import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { healthSchema, readinessSchema } from "./system.schemas.ts";

export const getHealth = defineEndpoint({
  method: "GET",
  path: "/health",
  summary: "Liveness: the process is up",
  tag: "System",
  responses: { 200: healthSchema },
});

export const getReadiness = defineEndpoint({
  method: "GET",
  path: "/ready",
  summary: "Readiness: the process is up and the database answers",
  tag: "System",
  responses: { 200: readinessSchema, 503: problemSchema },
});
