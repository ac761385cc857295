import type { EndpointDescriptor } from "@helpdesk/contracts";
import { ApiError } from "./api-error.ts";

/**
 * Supplies the access token of the signed-in user (see `features/auth/session`). The client sends it
 * as `Authorization: Bearer`, and when the API refuses it with 401, asks once for a renewed session
 * and repeats the request.
 */
export interface Authenticator {
  /** The access token to send, or undefined when signed out. */
  accessToken(): string | undefined;
  /** A request with `rejectedToken` got 401: renew the session; true when a retry may succeed. */
  renew(rejectedToken: string): Promise<boolean>;
}

/**
 * The auth endpoints identify the caller by the refresh cookie or by their body, never by a bearer
 * token, and their 401 means "no session" rather than "token expired": no token, no renewal.
 */
const usesBearerToken = (endpoint: EndpointDescriptor) => !endpoint.path.startsWith("/auth/");

/** What one attempt needs to send; `token` is filled in per attempt. */
export type Sender = (token: string | undefined) => Promise<Response>;

/**
 * Sends once with the current token; on a 401 renews the session once and sends again. No answer at
 * all becomes a `network_error`, except a cancelled call, which stays the AbortError it is.
 */
export async function sendSigned(
  authenticator: Authenticator | undefined,
  endpoint: EndpointDescriptor,
  send: Sender,
  signal?: AbortSignal,
): Promise<Response> {
  try {
    const auth = usesBearerToken(endpoint) ? authenticator : undefined;
    const token = auth?.accessToken();
    let response = await send(token);
    // An expired or ended token: renew the session once and ask again with the new token.
    if (response.status === 401 && auth && token && (await auth.renew(token))) {
      response = await send(auth.accessToken());
    }
    return response;
  } catch (error) {
    // A cancelled query is not a failure: let TanStack Query see the AbortError it expects.
    if (signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      code: "network_error",
      title: "Network error",
      detail: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
}
