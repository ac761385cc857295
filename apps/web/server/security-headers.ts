// The headers every page of the web app is served with, by `pnpm start`'s server and (kept equal by
// a test) by docker/nginx.conf. The app loads nothing from elsewhere, so the policy allows only itself.

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  // The agent workspace must never be framed (clickjacking); nor need any other page be.
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders: Record<string, string> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  // For browsers older than frame-ancestors.
  "X-Frame-Options": "DENY",
  // Sign-in links carry a token in the URL: no referrer leaves the origin. (Not "no-referrer":
  // that would send `Origin: null` on the app's own POSTs, which the API checks.)
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};
