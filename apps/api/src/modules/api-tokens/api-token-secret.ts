import { API_TOKEN_PREFIX } from "@helpdesk/contracts";
import { hashSecretToken, newSecretToken } from "../../lib/security/secret-token.ts";

/** `hdk_` + 43 base64url characters (256 random bits): what a secret scanner's pattern matches. */
const secretPattern = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

/** How many characters of a secret an admin sees again in the list (prefix + 4). */
const SHOWN_CHARACTERS = API_TOKEN_PREFIX.length + 4;

export function newApiTokenSecret() {
  const { token } = newSecretToken();
  const secret = `${API_TOKEN_PREFIX}${token}`;
  return { secret, hash: hashSecretToken(secret), secretStart: secret.slice(0, SHOWN_CHARACTERS) };
}

/** Whether a bearer credential claims to be an API token (by its prefix), well-formed or not. */
export const looksLikeApiToken = (credential: string) => credential.startsWith(API_TOKEN_PREFIX);

export const isWellFormedApiToken = (credential: string) => secretPattern.test(credential);

export const hashApiTokenSecret = hashSecretToken;
