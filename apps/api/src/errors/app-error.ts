// Errors a caller can act on, and the one table of their codes. Domain code throws these; only the
// HTTP layer (http/problem.ts, http/error-handler.ts) knows how they are rendered.
import type { FieldError, ProblemCode } from "@helpdesk/contracts";

/** Status and title of every error code, in one table. */
export const problemCatalog: Record<ProblemCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: "The request is not valid" },
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  payload_too_large: { status: 413, title: "The request body is too large" },
  unsupported_media_type: { status: 415, title: "The request body has an unsupported content type" },
  unauthenticated: { status: 401, title: "Authentication is required" },
  forbidden: { status: 403, title: "You may not do this" },
  not_found: { status: 404, title: "Not found" },
  route_not_found: { status: 404, title: "No such endpoint" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict with the current state" },
  reply_crossed: { status: 409, title: "Another message arrived since you started this reply" },
  edit_conflict: { status: 409, title: "Someone else saved a change since you opened this" },
  idempotency_mismatch: { status: 422, title: "Idempotency key reused with a different request" },
  unprocessable_content: { status: 422, title: "The request refers to something that cannot be used" },
  too_many_requests: { status: 429, title: "Too many requests" },
  service_unavailable: { status: 503, title: "Service unavailable" },
  internal_error: { status: 500, title: "Internal server error" },
  rating_link_invalid: { status: 404, title: "This rating link is not valid for this ticket" },
  rating_link_expired: { status: 410, title: "This rating link has expired" },
  rating_link_used: { status: 409, title: "This rating link has been used already" },
  rating_locked: { status: 409, title: "The rating can no longer be changed" },
  ticket_not_solved: { status: 409, title: "Only a solved ticket can be rated" },
  billing_not_invoiced: { status: 409, title: "Billable time of this customer is not invoiced yet" },
};

/** Both versions of an edit that lost a race: the stored one and the one the caller sent. */
export interface EditConflict {
  current: Record<string, unknown>;
  submitted: Record<string, unknown>;
}

/** An error the caller can act on; rendered as problem+json by the error handler. */
export class AppError extends Error {
  override name = "AppError";
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly options: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      conflict?: EditConflict;
    } = {},
  ) {
    super(detail ?? problemCatalog[code].title);
    this.status = problemCatalog[code].status;
  }
}
