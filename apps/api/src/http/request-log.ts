import type { RequestHandler } from "express";
import type { Logger } from "../lib/logger.ts";
import { requestIdOf } from "./request-id.ts";

/**
 * One line per answered request: its id, method, path, status and time, at `info`. Deliberately
 * lean (issue 20): the pino-http package made a child logger per request with the whole request serialized
 * (headers, then redaction) even when nothing was logged at the configured level. Below `info`,
 * this costs one check per request. Errors are logged by the error handler, with the request id.
 */
export function logRequests(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!logger.isLevelEnabled("info")) return next();
    const started = performance.now();
    const { method } = req;
    const url = req.originalUrl;
    res.once("close", () => {
      logger.info(
        {
          reqId: requestIdOf(res),
          req: { method, url },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        res.writableFinished ? "request completed" : "request aborted",
      );
    });
    next();
  };
}
