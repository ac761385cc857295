import type { CookieOptions, Request, Response } from "express";

export const REFRESH_COOKIE = "helpdesk_refresh";

/** The refresh token lives only in this cookie: httpOnly (no script reads it), sent only to auth routes. */
function cookieOptions(publicUrl: string): CookieOptions {
  return {
    httpOnly: true,
    sameSite: "strict",
    secure: publicUrl.startsWith("https:"),
    path: "/api/v1/auth",
  };
}

export function setRefreshCookie(res: Response, publicUrl: string, token: string, expiresAt: Date): void {
  res.cookie(REFRESH_COOKIE, token, { ...cookieOptions(publicUrl), expires: expiresAt });
}

export function clearRefreshCookie(res: Response, publicUrl: string): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(publicUrl));
}

export function readRefreshCookie(req: Request): string | undefined {
  const cookies: unknown = req.cookies;
  if (typeof cookies !== "object" || cookies === null) return undefined;
  const value = (cookies as Record<string, unknown>)[REFRESH_COOKIE];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
