import { type EndpointDescriptor, type HttpMethod, scopeOfEndpoint } from "@helpdesk/contracts";
import { type Request, type RequestHandler, type Response, Router } from "express";
import multer from "multer";
import type { z } from "zod";
import { AppError } from "../errors/app-error.ts";
import { assertTokenMayCall } from "../modules/identity/access-policy.ts";
import { actorOf } from "./authenticate.ts";
import { fieldErrorsFrom } from "./validation.ts";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type SuccessStatus = 200 | 201 | 202 | 204 | 303 | 308;

export interface EndpointRequest<E extends EndpointDescriptor> {
  params: Parsed<E["params"]>;
  query: Parsed<E["query"]>;
  body: Parsed<E["body"]>;
  /** The uploaded file of an `upload` endpoint. */
  file: E["upload"] extends { field: string } ? Express.Multer.File : undefined;
  req: Request;
  res: Response;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What a handler returns: one of the endpoint's success statuses with a body of its schema. */
export type EndpointReply<E extends EndpointDescriptor> = {
  [S in keyof E["responses"] & SuccessStatus]: {
    status: S;
    body: E["responses"][S] extends z.ZodType ? z.input<E["responses"][S]> : undefined;
    headers?: Record<string, string>;
  };
}[keyof E["responses"] & SuccessStatus];

export type EndpointHandler<E extends EndpointDescriptor> = (
  request: EndpointRequest<E>,
) => Promise<EndpointReply<E>>;

/**
 * Runs before a file upload's body is read: throwing refuses the request (e.g. 429 for a caller over
 * their quota) without reading, or holding in memory, a byte of the file.
 */
export type BeforeUpload = (req: Request, res: Response) => Promise<void>;

export interface EndpointRoute {
  endpoint: EndpointDescriptor;
  handler: EndpointHandler<EndpointDescriptor>;
  beforeUpload?: BeforeUpload | undefined;
}

/** Pairs a contract endpoint with its handler, keeping the handler typed by the contract. */
export function route<E extends EndpointDescriptor>(
  endpoint: E,
  handler: NoInfer<EndpointHandler<E>>,
  options: { beforeUpload?: BeforeUpload } = {},
): EndpointRoute {
  return {
    endpoint,
    handler: handler as unknown as EndpointHandler<EndpointDescriptor>,
    beforeUpload: options.beforeUpload,
  };
}

/**
 * Text PostgreSQL cannot store, whatever field it is in: a NUL character, or a lone UTF-16 surrogate
 * (from `\ud800` in JSON, or `%ED%A0%80` in a query). Found anywhere in params, query or body (keys
 * too), it answers 400 naming the field, before any schema or query sees it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the NUL character is the point.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findUnstorableText(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === "string") {
    return unstorable.test(value) ? path : undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (unstorable.test(key)) return [...path, key];
    const found = findUnstorableText(inner, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function assertStorableText(value: unknown, location: "params" | "query" | "body") {
  const found = findUnstorableText(value, [location]);
  if (!found) return;
  throw new AppError("validation_failed", "Text cannot contain NUL characters or invalid Unicode", {
    errors: [{ path: found.join("."), message: "Invalid characters", code: "invalid_characters" }],
  });
}

function parsePart(schema: z.ZodType | undefined, value: unknown, location: "params" | "query" | "body") {
  assertStorableText(value, location);
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("validation_failed", undefined, { errors: fieldErrorsFrom(result.error, location) });
  }
  return result.data;
}

/**
 * Mounts contract endpoints: every request is parsed against the contract before the handler runs,
 * and every response is parsed against it before it leaves, which also strips any field the
 * contract does not name (a second guard, after the presenters, against leaking data).
 * A known path called with another method answers 405 with an `Allow` header.
 */
export function createEndpointRouter(routes: EndpointRoute[]): Router {
  const router = Router();
  const methodsByPath = new Map<string, HttpMethod[]>();

  for (const { endpoint, handler, beforeUpload } of routes) {
    methodsByPath.set(endpoint.path, [...(methodsByPath.get(endpoint.path) ?? []), endpoint.method]);
    const scope = scopeOfEndpoint(endpoint);
    const checkScope: RequestHandler = (_req, res, next) => {
      assertTokenMayCall(actorOf(res), scope);
      next();
    };
    const middleware = endpoint.upload
      ? [checkScope, refuseBeforeReading(beforeUpload), receiveUpload(endpoint.upload.field)]
      : [checkScope];
    router[lowerCase(endpoint.method)](endpoint.path, ...middleware, async (req: Request, res: Response) => {
      const hasBody = endpoint.body !== undefined;
      if (hasBody && req.body === undefined) {
        throw new AppError("unsupported_media_type", "Send the body as application/json");
      }
      if (req.file) assertStorableText({ file: req.file.originalname }, "body");
      if (endpoint.upload && !req.file) {
        throw new AppError(
          "validation_failed",
          `Send the file as multipart/form-data field "${endpoint.upload.field}"`,
          {
            errors: [
              { path: `body.${endpoint.upload.field}`, message: "A file is required", code: "required" },
            ],
          },
        );
      }
      const reply = await handler({
        params: parsePart(endpoint.params, req.params, "params"),
        query: parsePart(endpoint.query, req.query, "query"),
        body: parsePart(endpoint.body, req.body, "body"),
        file: req.file,
        req,
        res,
      } as EndpointRequest<EndpointDescriptor>);
      // A download or event-stream handler has written its response itself.
      if ((endpoint.download || endpoint.eventStream) && res.headersSent) return;
      const schema = endpoint.responses[reply.status];
      if (schema === undefined)
        throw new Error(`${endpoint.method} ${endpoint.path} has no ${reply.status} response`);
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      if (schema === null) {
        res.status(reply.status).end();
        return;
      }
      res.status(reply.status).json(schema.parse(reply.body));
    });
  }

  for (const [path, methods] of methodsByPath) {
    const allowed = methods.includes("GET") ? [...methods, "HEAD"] : methods;
    router.all(path, () => {
      throw new AppError("method_not_allowed", `Allowed: ${allowed.join(", ")}`, {
        headers: { Allow: allowed.join(", ") },
      });
    });
  }
  return router;
}

/** Room for the multipart framing and a few small fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Before a byte of an upload is read: a declared length beyond the limit answers 413, and the
 * route's own check (a quota) may refuse. Either way the connection closes after the answer, so the
 * unread body is not waited for.
 */
function refuseBeforeReading(beforeUpload: BeforeUpload | undefined): RequestHandler {
  return async (req, res, next) => {
    try {
      const declared = Number(req.get("Content-Length"));
      if (declared > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES) {
        throw new AppError("payload_too_large", `A file can be at most ${MAX_UPLOAD_BYTES} bytes`);
      }
      await beforeUpload?.(req, res);
      next();
    } catch (error) {
      res.setHeader("Connection", "close");
      next(error);
    }
  };
}

/** Reads one file of a multipart upload into memory, refusing more than one file or an oversized one. */
function receiveUpload(field: string): RequestHandler {
  const readFile = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 },
    // File names without an explicit charset are UTF-8 (browsers send them so), not latin1.
    defParamCharset: "utf8",
  }).single(field);
  return (req, res, next) => {
    readFile(req, res, (error: unknown) => {
      if (!error || error instanceof multer.MulterError) return next(error);
      // The parser's own errors mean the client sent a broken multipart body.
      next(new AppError("validation_failed", "The multipart/form-data body is malformed"));
    });
  };
}

function lowerCase(method: HttpMethod) {
  return method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
}
