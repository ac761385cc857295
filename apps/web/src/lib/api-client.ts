import {
  buildPath,
  type EndpointDescriptor,
  type EndpointInput,
  type EndpointResult,
  PROBLEM_CONTENT_TYPE,
} from "@helpdesk/contracts";
import { readJson, toError, unexpected } from "./api/problem-response.ts";
import { type Authenticator, type Sender, sendSigned } from "./api/session-signing.ts";
import { type FetchLike, fileNameOf, toSearchParams, type UploadOptions, xhrSend } from "./api/transport.ts";

// The typed client. Its parts: `api/api-error.ts` (the one error type), `api/problem-response.ts`
// (failed answers), `api/session-signing.ts` (the access token and its renewal), `api/transport.ts`
// (query strings, uploads with progress, downloads' file names).
export { ApiError, type ApiErrorCode, isApiError } from "./api/api-error.ts";
export type { Authenticator } from "./api/session-signing.ts";
export type { FetchLike, UploadOptions } from "./api/transport.ts";

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

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
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

  const send = (endpoint: EndpointDescriptor, sender: Sender, signal?: AbortSignal) =>
    sendSigned(authenticator, endpoint, sender, signal);

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
    const response = await send(
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
    const response = await send(
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
    // A download may take a JSON body too (e.g. the single-use token of a data export).
    const { body } = (input ?? {}) as { body?: unknown };
    const response = await send(
      endpoint,
      (token) => {
        const headers = baseHeaders(token);
        const init: RequestInit = { method: endpoint.method, headers, credentials: "include" };
        if (options.signal) init.signal = options.signal;
        if (body !== undefined) {
          headers["content-type"] = "application/json";
          init.body = JSON.stringify(body);
        }
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

/** Where the API is: the same origin's `/api/v1` unless the build says otherwise. */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL || "/api/v1";
export const apiClient = createApiClient({ baseUrl: API_BASE_URL });

/** `request(endpoint, input)` against the configured API. */
export const request: RequestFn = apiClient.request;
export const upload: UploadFn = apiClient.upload;
export const download: DownloadFn = apiClient.download;
