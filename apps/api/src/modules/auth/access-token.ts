import jwt from "jsonwebtoken";
import { z } from "zod";

// Pinned on both sides: a token is accepted only with exactly this algorithm, issuer and audience,
// which rules out `alg: none` and HS/RS confusion.
const ALGORITHM = "HS256";
export const ACCESS_TOKEN_ISSUER = "helpdesk-api";
export const ACCESS_TOKEN_AUDIENCE = "helpdesk";
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const claimsSchema = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  kind: z.enum(["staff", "customer"]),
});
export type AccessTokenClaims = z.infer<typeof claimsSchema>;

export function signAccessToken(secret: string, claims: AccessTokenClaims): string {
  return jwt.sign({ sid: claims.sid, kind: claims.kind }, secret, {
    algorithm: ALGORITHM,
    issuer: ACCESS_TOKEN_ISSUER,
    audience: ACCESS_TOKEN_AUDIENCE,
    subject: claims.sub,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
  });
}

/** The token's claims, or why it is not acceptable. */
export function verifyAccessToken(
  secret: string,
  token: string,
): { ok: true; claims: AccessTokenClaims } | { ok: false; reason: "expired" | "invalid" } {
  try {
    const payload = jwt.verify(token, secret, {
      algorithms: [ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    const claims = claimsSchema.safeParse(payload);
    return claims.success ? { ok: true, claims: claims.data } : { ok: false, reason: "invalid" };
  } catch (error) {
    return { ok: false, reason: error instanceof jwt.TokenExpiredError ? "expired" : "invalid" };
  }
}
