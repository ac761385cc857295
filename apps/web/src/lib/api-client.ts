import {
  buildPath,
  type EndpointDescriptor,
  type EndpointInput,
  type EndpointResult,
  type FieldError,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  type ProblemCode,
  problemSchema,
} from "@helpdesk/contracts";

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

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail?: string | undefined;
    fieldErrors?: FieldError[] | undefined;
    requestId?: string | undefined;
    retryAfterSeconds?: number | undefined;
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
    });
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Supplies the access token of the signed-in user (see `features/auth/session`). The client sends it
 * as `Authorization: Bearer`, and when the API refuses it with 401, asks once for a renewed session
 * and repeats the request.
 */
export interface Authenticator {
  /** The access token to send, or undefined when signed out. */
  accessToken(): string | undefined;
  /** A request with `rejectedToken` got 401: renew the session; true when a retry may succeed. */
  renew(rejectedToken: string): Promise<boolean>;
}

export interface ApiClientOptions {
  /** Prefix of every endpoint path, e.g. `/api/v1` or `https://api.example.nl/api/v1`. */
  baseUrl: string;
  /** Defaults to the browser's `fetch`, looked up on every call. */
  fetch?: FetchLike;
}

export interface ApiClient {
  request: RequestFn;
  /** Sends one file (multipart, the endpoint's `upload.field`), reporting progress where it can. */
  upload: UploadFn;
  /** Fetches a file of a `download` endpoint, signed like any other call. */
  download: DownloadFn;
  /** Who signs requests from now on; `undefined` sends them without a token. */
  setAuthenticator(authenticator: Authenticator | undefined): void;
}

/**
 * The auth endpoints identify the caller by the refresh cookie or by their body, never by a bearer
 * token, and their 401 means "no session" rather than "token expired": no token, no renewal.
 */
const usesBearerToken = (endpoint: EndpointDescriptor) => !endpoint.path.startsWith("/auth/");

/** `Retry-After` in seconds (the API sends seconds, never an HTTP date). */
function retryAfterOf(response: Response): number | undefined {
  const value = Number(response.headers.get("retry-after") ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

export interface UploadOptions {
  signal?: AbortSignal;
  /** Share sent so far, 0 to 1. Called only where the browser reports it (XMLHttpRequest). */
  onProgress?: (fraction: number) => void;
  /** Send with fetch even where XMLHttpRequest exists (no progress until it is done). */
  fetchFallback?: boolean;
}

type UploadEndpoint = EndpointDescriptor & { upload: { field: string } };
type DownloadEndpoint = EndpointDescriptor & { download: true };

export type UploadFn = <E extends UploadEndpoint>(
  endpoint: E,
  input: EndpointInput<E>,
  file: Blob & { name?: string },
  options?: UploadOptions,
) => Promise<EndpointResult<E>>;

export interface DownloadedFile {
  blob: Blob;
  /** From `Content-Disposition`, when the server names the file. */
  fileName: string | undefined;
}

export type DownloadFn = <E extends DownloadEndpoint>(
  endpoint: E,
  input: EndpointInput<E>,
  options?: { signal?: AbortSignal },
) => Promise<DownloadedFile>;

/** What one attempt needs to send; `token` is filled in per attempt. */
type Sender = (token: string | undefined) => Promise<Response>;

/**
 * Uploads with XMLHttpRequest, the one browser API that reports upload progress; its answer is
 * wrapped in a `Response`, so it is checked exactly like a fetch's. Status 0 means no answer.
 */
function xhrSend(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: FormData,
  options: UploadOptions,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const responseHeaders = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(":");
        if (at > 0) responseHeaders.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      const status = xhr.status;
      // A Response cannot carry a 1xx or 0 status; both mean the upload got no real answer.
      if (status < 200) return reject(new TypeError("The upload got no answer"));
      resolve(
        new Response(status === 204 ? null : xhr.responseText, {
          status,
          statusText: xhr.statusText,
          headers: responseHeaders,
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError("The upload failed"));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled", "AbortError"));
    if (options.signal) {
      if (options.signal.aborted) return xhr.abort();
      options.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(body);
  });
}

/** `attachment; filename="a.pdf"; filename*=UTF-8''a.pdf` -> `a.pdf` */
function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get("content-disposition") ?? "";
  const extended = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Endpoints without required input can be called as `request(endpoint)`. */
type RequestArgs<E extends EndpointDescriptor> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "an input with nothing required".
  {} extends EndpointInput<E>
    ? [input?: EndpointInput<E>, options?: RequestOptions]
    : [input: EndpointInput<E>, options?: RequestOptions];

export type RequestFn = <E extends EndpointDescriptor>(
  endpoint: E,
  ...args: RequestArgs<E>
) => Promise<EndpointResult<E>>;

type QueryValue = string | number | boolean | bigint | Date | null | undefined;

function toSearchParams(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  const append = (key: string, value: QueryValue) => {
    if (value === undefined || value === null) return;
    params.append(key, value instanceof Date ? value.toISOString() : String(value));
  };
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) append(key, item as QueryValue);
    else append(key, value as QueryValue);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === "" ? undefined : JSON.parse(text);
}

function unexpected(response: Response, detail: string, cause?: unknown): ApiError {
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

async function toError(response: Response): Promise<ApiError> {
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

/**
 * A typed client derived from the contracts' endpoint descriptors: the descriptor says where to send
 * the request, and its response schema checks what comes back, so a caller gets either the promised
 * shape or an ApiError, never an unchecked body.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let authenticator: Authenticator | undefined;

  /** The URL of a call: base, path with its params filled in, query string. */
  const urlOf = (endpoint: EndpointDescriptor, input: unknown) => {
    const { params, query } = (input ?? {}) as {
      params?: Record<string, string | number>;
      query?: Record<string, unknown>;
    };
    return `${baseUrl}${buildPath(endpoint.path, params)}${toSearchParams(query)}`;
  };

  /** Sends once with the current token; on a 401 renews the session once and sends again. */
  const sendSigned = async (endpoint: EndpointDescriptor, send: Sender, signal?: AbortSignal) => {
    try {
      const auth = usesBearerToken(endpoint) ? authenticator : undefined;
      const token = auth?.accessToken();
      let response = await send(token);
      // An expired or ended token: renew the session once and ask again with the new token.
      if (response.status === 401 && auth && token && (await auth.renew(token))) {
        response = await send(auth.accessToken());
      }
      return response;
    } catch (error) {
      // A cancelled query is not a failure: let TanStack Query see the AbortError it expects.
      if (signal?.aborted) throw error;
      throw new ApiError({
        status: 0,
        code: "network_error",
        title: "Network error",
        detail: error instanceof Error ? error.message : String(error),
        cause: error,
      });
    }
  };

  /** The promised body of a successful response, or an ApiError. */
  const parseResponse = async <E extends EndpointDescriptor>(
    endpoint: E,
    response: Response,
  ): Promise<EndpointResult<E>> => {
    if (!response.ok) throw await toError(response);

    const schema = endpoint.responses[response.status];
    if (schema === undefined) {
      throw unexpected(
        response,
        `${endpoint.method} ${endpoint.path} does not declare status ${response.status}`,
      );
    }
    if (schema === null) return undefined as EndpointResult<E>;

    let json: unknown;
    try {
      json = await readJson(response);
    } catch (error) {
      throw unexpected(response, "the response body is not valid JSON", error);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw unexpected(response, "the response body does not match the contract", parsed.error);
    }
    return parsed.data as EndpointResult<E>;
  };

  const baseHeaders = (token: string | undefined, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = { accept: `application/json, ${PROBLEM_CONTENT_TYPE}`, ...extra };
    if (token) headers.authorization = `Bearer ${token}`;
    return headers;
  };

  const request = async <E extends EndpointDescriptor>(
    endpoint: E,
    ...[input, requestOptions]: RequestArgs<E>
  ): Promise<EndpointResult<E>> => {
    const { body } = (input ?? {}) as { body?: unknown };
    const url = urlOf(endpoint, input);
    const signal = requestOptions?.signal;
    const response = await sendSigned(
      endpoint,
      (token) => {
        const headers = baseHeaders(token, requestOptions?.headers);
        const init: RequestInit = { method: endpoint.method, headers, credentials: "include" };
        if (signal) init.signal = signal;
        if (body !== undefined) {
          headers["content-type"] = "application/json";
          init.body = JSON.stringify(body);
        }
        return doFetch(url, init);
      },
      signal,
    );
    return parseResponse(endpoint, response);
  };

  const upload: UploadFn = async (endpoint, input, file, options = {}) => {
    const url = urlOf(endpoint, input);
    const form = () => {
      const data = new FormData();
      data.append(endpoint.upload.field, file, file.name ?? "file");
      return data;
    };
    const useXhr = typeof XMLHttpRequest !== "undefined" && options.fetchFallback !== true;
    const response = await sendSigned(
      endpoint,
      (token) => {
        const headers = baseHeaders(token);
        if (useXhr) return xhrSend(endpoint.method, url, headers, form(), options);
        // No XMLHttpRequest (or asked not to): a plain fetch, which reports no progress.
        const init: RequestInit = { method: endpoint.method, headers, credentials: "include", body: form() };
        if (options.signal) init.signal = options.signal;
        return doFetch(url, init).then((answer) => {
          options.onProgress?.(1);
          return answer;
        });
      },
      options.signal,
    );
    return parseResponse(endpoint, response);
  };

  const download: DownloadFn = async (endpoint, input, options = {}) => {
    const url = urlOf(endpoint, input);
    const response = await sendSigned(
      endpoint,
      (token) => {
        const init: RequestInit = {
          method: endpoint.method,
          headers: baseHeaders(token),
          credentials: "include",
        };
        if (options.signal) init.signal = options.signal;
        return doFetch(url, init);
      },
      options.signal,
    );
    if (!response.ok) throw await toError(response);
    return { blob: await response.blob(), fileName: fileNameOf(response) };
  };

  return {
    request,
    upload,
    download,
    setAuthenticator(next) {
      authenticator = next;
    },
  };
}

export const apiClient = createApiClient({ baseUrl: import.meta.env.VITE_API_BASE_URL || "/api/v1" });

/** `request(endpoint, input)` against the configured API. */
export const request: RequestFn = apiClient.request;
export const upload: UploadFn = apiClient.upload;
export const download: DownloadFn = apiClient.download;
