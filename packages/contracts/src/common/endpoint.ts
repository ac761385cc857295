import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One HTTP endpoint, described once and used three times: the API validates requests with it, the
 * web client derives its typed calls from it, and the OpenAPI document is generated from it.
 */
export interface EndpointDescriptor {
  method: HttpMethod;
  /** Express-style path below `/api/v1`, e.g. `/tickets/:id`. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The request is multipart/form-data carrying one file in this field (instead of a JSON body). */
  upload?: { field: string };
  /** The success response is a file download, not JSON. */
  download?: true;
  /** The success response is a stream of server-sent events (text/event-stream) the handler writes. */
  eventStream?: true;
  /** Status code -> body schema; `null` means no body (or, with `download`, the file). */
  responses: Record<number, z.ZodType | null>;
}

export const defineEndpoint = <const E extends EndpointDescriptor>(endpoint: E): E => endpoint;

// 308 (moved) is left out: fetch follows it, so a caller only ever sees where it leads.
type SuccessStatus = 200 | 201 | 202 | 204 | 303;

/** The body of an endpoint's success response. */
export type EndpointResult<E extends EndpointDescriptor> = {
  [S in keyof E["responses"] & SuccessStatus]: E["responses"][S] extends z.ZodType
    ? z.infer<E["responses"][S]>
    : undefined;
}[keyof E["responses"] & SuccessStatus];

/** What a caller passes: path params, query and body, each only where the endpoint has one. */
export type EndpointInput<E extends EndpointDescriptor> = (E["params"] extends z.ZodObject
  ? { params: z.input<E["params"]> }
  : { params?: undefined }) &
  (E["query"] extends z.ZodObject ? { query?: z.input<E["query"]> } : { query?: undefined }) &
  (E["body"] extends z.ZodType ? { body: z.input<E["body"]> } : { body?: undefined });

/** Fills `:name` segments of an endpoint path. */
export function buildPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
