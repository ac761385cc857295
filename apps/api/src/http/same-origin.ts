import type { Request, RequestHandler } from "express";
import { AppError } from "../errors/app-error.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

const hasCookie = (req: Request, names: readonly string[]) => {
  const cookies: unknown = req.cookies;
  if (typeof cookies !== "object" || cookies === null) return false;
  return names.some((name) => name in cookies);
};

/**
 * A request that a cookie authenticates must come from the web app itself: browsers attach cookies
 * to requests other sites make (a form posting text/plain needs no CORS preflight), so for every
 * state-changing request carrying one of these cookies, the Origin (or, without one, the Referer)
 * must be the web app's origin. Anything else, no origin at all included, is refused with 403.
 * Requests authenticated by a Bearer token are not affected: no other site can send that header.
 */
export function requireWebOriginWithCookies(
  webOrigin: string,
  cookieNames: readonly string[],
): RequestHandler {
  const expected = new URL(webOrigin).origin;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || !hasCookie(req, cookieNames)) return next();
    const origin = req.get("Origin") ?? refererOrigin(req.get("Referer"));
    if (origin === expected) return next();
    next(
      new AppError(
        "forbidden",
        origin
          ? `Requests with the session cookie are accepted only from ${expected}`
          : "Requests with the session cookie need an Origin or Referer header",
      ),
    );
  };
}
