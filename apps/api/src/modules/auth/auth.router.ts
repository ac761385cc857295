import {
  confirmEmailLink,
  confirmPasswordReset,
  getMe,
  login,
  logout,
  refreshSession,
  requestEmailLink,
  requestPasswordReset,
} from "@helpdesk/contracts";
import type { Request, Response } from "express";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import { roleOf } from "../identity/actor.ts";
import type { AuthService, IssuedSession } from "./auth.service.ts";
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from "./refresh-cookie.ts";

const clientIpOf = (req: Request) => req.ip ?? "unknown";

export function authRoutes(auth: AuthService, publicUrl: string) {
  const started = (res: Response, issued: IssuedSession) => {
    setRefreshCookie(res, publicUrl, issued.refreshToken, issued.refreshTokenExpiresAt);
    return { status: 200 as const, body: issued.session, headers: { "Cache-Control": "no-store" } };
  };

  return [
    route(login, async ({ body, req, res }) =>
      started(res, await auth.login(body.email, body.password, clientIpOf(req))),
    ),
    route(refreshSession, async ({ req, res }) => {
      const refreshToken = readRefreshCookie(req);
      try {
        return started(res, await auth.refresh(refreshToken));
      } catch (error) {
        // Clear only a cookie that was sent: a refresh without one may answer after a sign-in in the
        // same browser, and clearing then would drop that new session's cookie.
        if (refreshToken) clearRefreshCookie(res, publicUrl);
        throw error;
      }
    }),
    route(logout, async ({ req, res }) => {
      await auth.logout(readRefreshCookie(req));
      clearRefreshCookie(res, publicUrl);
      return { status: 204, body: undefined };
    }),
    route(requestEmailLink, async ({ body, req }) => {
      await auth.requestEmailLink(body.email, clientIpOf(req));
      return { status: 202, body: { status: "accepted" } };
    }),
    route(confirmEmailLink, async ({ body, res }) => started(res, await auth.confirmEmailLink(body.token))),
    route(requestPasswordReset, async ({ body, req }) => {
      await auth.requestPasswordReset(body.email, clientIpOf(req));
      return { status: 202, body: { status: "accepted" } };
    }),
    route(confirmPasswordReset, async ({ body }) => {
      await auth.confirmPasswordReset(body.token, body.password);
      return { status: 204, body: undefined };
    }),
    route(getMe, async ({ res }) => {
      const actor = signedInActorOf(res);
      return {
        status: 200,
        body: { user: { id: actor.id, email: actor.email, name: actor.name, role: roleOf(actor) } },
      };
    }),
  ];
}
