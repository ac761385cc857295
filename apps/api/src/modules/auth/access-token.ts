import { createSecretKey } from "node:crypto";
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

/**
 * Signs and checks access tokens with one key object, made once: given a string, jsonwebtoken turns
 * it into a key on every call, first trying it as a PEM public key (`createPublicKey`), which cost
 * about 8% of the API's CPU time while tickets were filed.
 */
export function createAccessTokens(secret: string) {
  const key = createSecretKey(Buffer.from(secret, "utf8"));
  return {
    sign(claims: AccessTokenClaims): string {
      return jwt.sign({ sid: claims.sid, kind: claims.kind }, key, {
        algorithm: ALGORITHM,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        subject: claims.sub,
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      });
    },

    /** The token's claims, or why it is not acceptable. */
    verify(
      token: string,
    ): { ok: true; claims: AccessTokenClaims } | { ok: false; reason: "expired" | "invalid" } {
      try {
        const payload = jwt.verify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
        });
        const claims = claimsSchema.safeParse(payload);
        return claims.success ? { ok: true, claims: claims.data } : { ok: false, reason: "invalid" };
      } catch (error) {
        return { ok: false, reason: error instanceof jwt.TokenExpiredError ? "expired" : "invalid" };
      }
    },
  };
}
