import { createHash, randomBytes } from "node:crypto";

/**
 * A random token for a link or cookie, and the SHA-256 that is stored in its place: a copy of the
 * database alone signs nobody in. (A fast hash is right here: the token has 256 bits of entropy.)
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSecretToken(token) };
}

export const hashSecretToken = (token: string): string => createHash("sha256").update(token).digest("hex");
