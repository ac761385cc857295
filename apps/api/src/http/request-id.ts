import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";

export const REQUEST_ID_HEADER = "X-Request-Id";
// Accept a caller's id only when it is short and plain: it ends up in logs and headers.
const acceptableId = /^[A-Za-z0-9._:-]{8,128}$/;

/** Gives every request an id, returned in a header and written to every log line about it. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get(REQUEST_ID_HEADER);
  const id = incoming && acceptableId.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
};

/** The id `requestId` gave this request (empty before that middleware ran). */
export const requestIdOf = (res: Response): string =>
  typeof res.locals.requestId === "string" ? res.locals.requestId : "";
