/**
 * A path inside this app to return to after signing in, from `?returnTo=`. Anything else (another
 * site, `//evil.example`, `/\evil.example`) is ignored, so the login page cannot be used to send
 * people elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (value === "/login" || value.startsWith("/login/") || value.startsWith("/login?")) return undefined;
  return value;
}

/** `/login?returnTo=…` for someone who needs to sign in to see `path`. */
export const loginPathFor = (path: string) => `/login?returnTo=${encodeURIComponent(path)}`;
