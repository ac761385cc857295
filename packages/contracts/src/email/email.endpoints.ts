import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  emailPreviewParamsSchema,
  emailPreviewQuerySchema,
  emailPreviewSchema,
  failedEmailListSchema,
  failedEmailParamsSchema,
  retriedEmailSchema,
} from "./email.schemas.ts";

export const previewEmail = defineEndpoint({
  method: "GET",
  path: "/email-previews/:template",
  summary: "An e-mail template rendered with sample data, HTML and plain text (admins)",
  tag: "E-mail",
  params: emailPreviewParamsSchema,
  query: emailPreviewQuerySchema,
  responses: { 200: emailPreviewSchema, 401: problemSchema, 404: problemSchema },
});

export const listFailedEmails = defineEndpoint({
  method: "GET",
  path: "/email-outbox/failed",
  summary: "E-mails that failed after their last try (admins and customer service)",
  tag: "E-mail",
  responses: { 200: failedEmailListSchema, 401: problemSchema, 404: problemSchema },
});

export const retryFailedEmail = defineEndpoint({
  method: "POST",
  path: "/email-outbox/:id/retry",
  summary: "Give a failed e-mail a fresh set of tries",
  tag: "E-mail",
  params: failedEmailParamsSchema,
  responses: { 202: retriedEmailSchema, 401: problemSchema, 404: problemSchema },
});
