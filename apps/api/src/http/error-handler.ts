import type { ErrorRequestHandler, RequestHandler } from "express";
import multer from "multer";
import { ZodError } from "zod";
import { isTransientDatabaseError } from "../db/database-errors.ts";
import { AppError } from "../errors/app-error.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Logger } from "../lib/logger.ts";
import { sendProblem, toProblem } from "./problem.ts";
import { requestIdOf } from "./request-id.ts";
import { fieldErrorsFrom } from "./validation.ts";

/** What a 503 for database trouble asks the client to wait before it tries again. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

/** Unknown routes answer in the same problem format as every other failure. */
export const routeNotFound: RequestHandler = (req, res) => {
  sendProblem(
    res,
    toProblem("route_not_found", {
      detail: `${req.method} ${req.path} does not exist`,
      requestId: requestIdOf(res),
    }),
  );
};

/** Errors thrown by Express's own body parser carry a `type` and a client status. */
interface BodyParserError {
  type: string;
  status: number;
}
function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { type?: unknown }).type === "string" &&
    typeof (error as { status?: unknown }).status === "number"
  );
}

function isClientHttpError(error: unknown): error is { status: number } {
  const status =
    typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** Renders every error as RFC 9457 problem+json; only unexpected ones are logged as errors. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = requestIdOf(res);
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.options.headers ?? {})) res.setHeader(name, value);
      return sendProblem(
        res,
        toProblem(error.code, {
          detail: error.detail,
          requestId,
          errors: error.options.errors,
          conflict: error.options.conflict,
        }),
      );
    }
    if (error instanceof ZodError) {
      return sendProblem(
        res,
        toProblem("validation_failed", { requestId, errors: fieldErrorsFrom(error, "body") }),
      );
    }
    if (error instanceof multer.MulterError) {
      const code = error.code === "LIMIT_FILE_SIZE" ? "payload_too_large" : "validation_failed";
      return sendProblem(res, toProblem(code, { detail: error.message, requestId }));
    }
    if (isBodyParserError(error)) {
      const problem = bodyParserProblem(error);
      if (problem) return sendProblem(res, { ...problem, requestId });
    }
    // A path that is not valid percent-encoded UTF-8 (`/tickets/%FF`): the router cannot decode it.
    if (error instanceof URIError) {
      return sendProblem(res, toProblem("validation_failed", { detail: "Malformed path", requestId }));
    }
    // Any other client error a library raised (http-errors style, e.g. a broken compressed body).
    if (isClientHttpError(error)) {
      const code =
        error.status === 413
          ? "payload_too_large"
          : error.status === 415
            ? "unsupported_media_type"
            : "validation_failed";
      return sendProblem(res, toProblem(code, { requestId }));
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === "P2002") return sendProblem(res, toProblem("conflict", { requestId }));
      if (error.code === "P2025") return sendProblem(res, toProblem("not_found", { requestId }));
    }
    if (isTransientDatabaseError(error)) {
      // Passing trouble (a connection ended, a lock or pool wait ran out): nothing was written, and
      // the same request (with its Idempotency-Key) can be sent again.
      logger.warn(
        { err: error, requestId, req: { method: req.method, url: req.originalUrl } },
        "database unavailable",
      );
      if (res.headersSent) return;
      res.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      return sendProblem(
        res,
        toProblem("service_unavailable", {
          detail: "The database is unavailable or busy; nothing was changed. Try again shortly.",
          requestId,
        }),
      );
    }
    logger.error(
      { err: error, requestId, req: { method: req.method, url: req.originalUrl } },
      "unhandled error",
    );
    if (res.headersSent) return;
    sendProblem(res, toProblem("internal_error", { requestId }));
  };
}

function bodyParserProblem(error: BodyParserError) {
  switch (error.type) {
    case "entity.parse.failed":
      return toProblem("malformed_json");
    case "entity.too.large":
      return toProblem("payload_too_large");
    case "charset.unsupported":
    case "encoding.unsupported":
      return toProblem("unsupported_media_type");
    default:
      return error.status >= 400 && error.status < 500 ? toProblem("validation_failed") : undefined;
  }
}
