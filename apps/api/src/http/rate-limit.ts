import type { RequestHandler } from "express";
import { type RequestMeter, rateLimitHeaders } from "../lib/security/request-limits.ts";
import { actorOf } from "./authenticate.ts";

/**
 * Paces every signed-in caller: per API token, else per user. Each answer carries the RateLimit-*
 * headers, errors included; beyond the limit, 429 problem+json with Retry-After (the error handler
 * renders the meter's refusal). Guests are paced where it matters, by the limits of each action.
 */
export function paceSignedInCallers(meter: RequestMeter): RequestHandler {
  return async (_req, res, next) => {
    const actor = actorOf(res);
    if (actor.kind === "guest") return next();
    const key =
      actor.kind === "staff" && actor.apiToken ? `token:${actor.apiToken.id}` : `${actor.kind}:${actor.id}`;
    const metered = await meter.take(key);
    for (const [name, value] of Object.entries(rateLimitHeaders(metered, meter.windowSeconds)))
      res.setHeader(name, value);
    next();
  };
}
