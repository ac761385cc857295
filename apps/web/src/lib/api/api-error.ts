import type { FieldError, Problem, ProblemCode } from "@helpdesk/contracts";

/**
 * What went wrong, as one type for every failed call. `code` is a problem code from the API, or one
 * of two codes for failures that never produced a problem document:
 * - `network_error`: no response at all (offline, DNS, connection refused, CORS);
 * - `unexpected_response`: a response that does not match the contract (wrong status, not JSON,
 *   wrong shape), e.g. a proxy's HTML error page.
 */
export type ApiErrorCode = ProblemCode | "network_error" | "unexpected_response";

export class ApiError extends Error {
  override readonly name = "ApiError";
  /** HTTP status; 0 when there was no response. */
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  /** Per-field problems of a `validation_failed` response, e.g. `{ path: "body.email", ... }`. */
  readonly fieldErrors: FieldError[];
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again, from a 429's or 503's `Retry-After` header. */
  readonly retryAfterSeconds: number | undefined;
  /** An `edit_conflict`'s two versions: the stored one (someone else's) and the refused change. */
  readonly conflict: { current: unknown; submitted: unknown } | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail?: string | undefined;
    fieldErrors?: FieldError[] | undefined;
    requestId?: string | undefined;
    retryAfterSeconds?: number | undefined;
    conflict?: { current: unknown; submitted: unknown } | undefined;
    cause?: unknown;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.conflict = init.conflict;
  }

  static fromProblem(problem: Problem, retryAfterSeconds?: number): ApiError {
    return new ApiError({
      retryAfterSeconds,
      status: problem.status,
      code: problem.code,
      title: problem.title,
      detail: problem.detail,
      fieldErrors: problem.errors,
      requestId: problem.requestId,
      conflict: problem.current ? { current: problem.current, submitted: problem.submitted } : undefined,
    });
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
