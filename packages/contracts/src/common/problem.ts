import { z } from "zod";

/** Stable, machine-readable error codes: clients switch on these, never on `title` or `detail`. */
export const problemCodes = [
  "validation_failed",
  "malformed_json",
  "payload_too_large",
  "unsupported_media_type",
  "unauthenticated",
  "forbidden",
  "not_found",
  "route_not_found",
  "method_not_allowed",
  "conflict",
  "reply_crossed",
  "edit_conflict",
  "idempotency_mismatch",
  "unprocessable_content",
  "too_many_requests",
  "service_unavailable",
  "internal_error",
  "rating_link_invalid",
  "rating_link_expired",
  "rating_link_used",
  "rating_locked",
  "ticket_not_solved",
  "billing_not_invoiced",
] as const;
export const problemCodeSchema = z.enum(problemCodes);
export type ProblemCode = z.infer<typeof problemCodeSchema>;

export const fieldErrorSchema = z.object({
  /** Where the problem is, e.g. `body.email` or `query.limit`. */
  path: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: problemCodeSchema,
    requestId: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
    current: z.record(z.string(), z.unknown()).optional().meta({
      description: "edit_conflict only: the stored version, saved by someone else since the caller opened it",
    }),
    submitted: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "edit_conflict only: the change that was refused, as the caller sent it" }),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
