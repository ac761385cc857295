import type { RequestHandler, Response } from "express";
import { AppError } from "../errors/app-error.ts";
import { requireSignedIn } from "../modules/identity/access-policy.ts";
import type { Actor, SignedInActor } from "../modules/identity/actor.ts";

interface ActorLocals {
  actor?: Actor;
  tokenProblem?: string;
}

/** Who a bearer credential stands for; `refuse` answers 401 on any endpoint (a bad API token). */
export type ResolvedCredential = { actor: Actor; problem?: string; refuse?: true };

/**
 * Resolves the caller from `Authorization: Bearer <access token or API token>`. No token means a
 * guest; a bad, expired or revoked access token also leaves a guest, with the reason kept for a 401
 * where signing in is required, so public endpoints keep working for a browser holding a stale
 * token. A bad API token is refused at once: an integration should learn of it on its first call.
 */
export function authenticate(
  resolve: (token: string) => Promise<ResolvedCredential>,
  isApiToken: (credential: string) => boolean,
): RequestHandler {
  return async (req, res, next) => {
    const locals = res.locals as ActorLocals;
    const header = req.get("Authorization");
    if (!header) {
      locals.actor = { kind: "guest" };
      return next();
    }
    const credential = /^Bearer (.+)$/.exec(header)?.[1];
    if (credential !== undefined && isApiToken(credential)) {
      const resolved = await resolve(credential);
      if (resolved.refuse) {
        return next(
          new AppError("unauthenticated", resolved.problem, {
            headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' },
          }),
        );
      }
      locals.actor = resolved.actor;
      return next();
    }
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) {
      locals.actor = { kind: "guest" };
      locals.tokenProblem = "Send the access token as: Authorization: Bearer <token>";
      return next();
    }
    const { actor, problem } = await resolve(match[1]);
    locals.actor = actor;
    if (problem) locals.tokenProblem = problem;
    next();
  };
}

export const actorOf = (res: Response): Actor => (res.locals as ActorLocals).actor ?? { kind: "guest" };
export const tokenProblemOf = (res: Response): string | undefined => (res.locals as ActorLocals).tokenProblem;

/** The caller of an endpoint that needs a signed-in user: 401 (with the token's problem) for guests. */
export const signedInActorOf = (res: Response): SignedInActor =>
  requireSignedIn(actorOf(res), tokenProblemOf(res));
