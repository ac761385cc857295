import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  retentionRunListSchema,
  retentionRunRequestSchema,
  retentionRunSchema,
  retentionSettingsSchema,
  retentionSettingsViewSchema,
} from "./retention.schemas.ts";

export const getRetentionSettings = defineEndpoint({
  method: "GET",
  path: "/retention/settings",
  summary: "How long personal data is kept, and whether the daily run applies it (admins)",
  tag: "Privacy",
  responses: { 200: retentionSettingsViewSchema, 401: problemSchema, 404: problemSchema },
});

export const updateRetentionSettings = defineEndpoint({
  method: "PUT",
  path: "/retention/settings",
  summary: "Set the retention periods and switch the daily run on or off (admins)",
  tag: "Privacy",
  body: retentionSettingsSchema,
  responses: { 200: retentionSettingsViewSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const startRetentionRun = defineEndpoint({
  method: "POST",
  path: "/retention/runs",
  summary:
    "Apply the retention periods now, or preview what they would anonymise and delete (dryRun); 409 while another run is busy (admins)",
  tag: "Privacy",
  body: retentionRunRequestSchema,
  responses: {
    201: retentionRunSchema,
    400: problemSchema,
    401: problemSchema,
    404: problemSchema,
    409: problemSchema,
  },
});

export const listRetentionRuns = defineEndpoint({
  method: "GET",
  path: "/retention/runs",
  summary: "The last 50 retention runs and previews, newest first: the audit of retention (admins)",
  tag: "Privacy",
  responses: { 200: retentionRunListSchema, 401: problemSchema, 404: problemSchema },
});
