import { PROBLEM_CONTENT_TYPE, problemSchema } from "@helpdesk/contracts";
import { ApiError } from "./api-error.ts";

// Reading an answer that is not the promised body: a problem document, or something else entirely.

/** `Retry-After` in seconds (the API sends seconds, never an HTTP date). */
export function retryAfterOf(response: Response): number | undefined {
  const value = Number(response.headers.get("retry-after") ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === "" ? undefined : JSON.parse(text);
}

export function unexpected(response: Response, detail: string, cause?: unknown): ApiError {
  return new ApiError({
    status: response.status,
    code: "unexpected_response",
    title: response.statusText || `HTTP ${response.status}`,
    detail,
    requestId: response.headers.get("x-request-id") ?? undefined,
    retryAfterSeconds: retryAfterOf(response),
    cause,
  });
}

/** The ApiError a failed response stands for: its problem document, or `unexpected_response`. */
export async function toError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.includes(PROBLEM_CONTENT_TYPE)) {
    return unexpected(response, `the server answered ${response.status} without a problem document`);
  }
  let body: unknown;
  try {
    body = await readJson(response);
  } catch (error) {
    return unexpected(response, "the problem document is not valid JSON", error);
  }
  const problem = problemSchema.safeParse(body);
  if (!problem.success) {
    return unexpected(response, "the problem document does not match the contract", problem.error);
  }
  return ApiError.fromProblem(problem.data, retryAfterOf(response));
}
