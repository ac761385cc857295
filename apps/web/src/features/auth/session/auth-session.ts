import { logout, refreshSession, type Session, type User } from "@helpdesk/contracts";
import { type ApiClient, type Authenticator, isApiError } from "../../../lib/api-client.ts";

/**
 * Who is using the app, as the screens see it:
 * - `pending`: the silent sign-in at start-up has not answered yet (show neither "sign in" nor a name);
 * - `signedOut`: `expired` when a session ended on its own (not by signing out);
 * - `signedIn`: with the user from the API.
 */
export type AuthState =
  | { status: "pending" }
  | { status: "signedOut"; reason?: "expired" }
  | { status: "signedIn"; user: User };

export interface AuthSession extends Authenticator {
  getState(): AuthState;
  /** For `useSyncExternalStore`: called after every change of state. */
  subscribe(listener: () => void): () => void;
  /** The silent sign-in with the refresh cookie; only the first call does anything. */
  start(): Promise<void>;
  /** Takes over a session the API just started (password login, e-mailed link). */
  signIn(session: Session): void;
  /** Ends the session at the API (which clears the cookie) and here, whatever the API answers. */
  signOut(): Promise<void>;
  /** Stops the renewal timer (when the app unmounts). */
  dispose(): void;
}

export interface AuthSessionOptions {
  /** Renew this long before the access token expires. */
  renewBeforeExpiryMs?: number;
  /** After a renewal failed for a reason other than 401 (offline, API down): try again after this. */
  retryAfterFailureMs?: number;
  now?: () => number;
}

// One renewal at a time across the visitor's tabs: refresh tokens rotate, and the API ends the whole
// session when it sees a used refresh token again, which two tabs renewing at once would cause.
const RENEW_LOCK = "helpdesk.auth.refresh";

function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(RENEW_LOCK, task) : task();
}

/**
 * The session of this browser tab. The access token lives only in this object's memory (never in
 * storage, where any injected script could read it); the refresh token is an httpOnly cookie the
 * browser sends to `/api/v1/auth/*`. The token is renewed shortly before it expires, and on demand
 * when the API refuses it (the client calls `renew` on a 401). Registers itself as the client's
 * authenticator.
 */
export function createAuthSession(client: ApiClient, options: AuthSessionOptions = {}): AuthSession {
  const renewBeforeExpiryMs = options.renewBeforeExpiryMs ?? 60_000;
  const retryAfterFailureMs = options.retryAfterFailureMs ?? 30_000;
  const now = options.now ?? Date.now;

  let state: AuthState = { status: "pending" };
  let accessToken: string | undefined;
  let expiresAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started: Promise<void> | undefined;
  let renewing: Promise<boolean> | undefined;
  // Counts sign-ins (password, e-mailed link): a refresh that started before one must not undo it.
  let signIns = 0;
  const listeners = new Set<() => void>();

  const setState = (next: AuthState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void renewInBackground(), Math.max(delayMs, 1_000));
  };

  const adopt = (session: Session) => {
    accessToken = session.accessToken;
    const lifetimeMs = session.expiresIn * 1000;
    expiresAt = now() + lifetimeMs;
    // Well before expiry, but never sooner than halfway through a (short) lifetime.
    schedule(Math.max(lifetimeMs - renewBeforeExpiryMs, lifetimeMs / 2));
    const current = state.status === "signedIn" ? state.user : undefined;
    const user = session.user;
    const same =
      current?.id === user.id &&
      current.name === user.name &&
      current.email === user.email &&
      current.role === user.role;
    if (!same) setState({ status: "signedIn", user });
  };

  const forget = (reason?: "expired") => {
    clearTimeout(timer);
    accessToken = undefined;
    expiresAt = 0;
    setState(reason ? { status: "signedOut", reason } : { status: "signedOut" });
  };

  /** Exchanges the refresh cookie for a new access token; one exchange at a time. */
  const refresh = (): Promise<boolean> => {
    renewing ??= acrossTabs(async () => {
      const signInsBefore = signIns;
      const overtaken = () => signIns !== signInsBefore;
      try {
        const renewed = await client.request(refreshSession);
        if (!overtaken()) adopt(renewed);
        return true;
      } catch (error) {
        if (isApiError(error) && error.status === 401) {
          if (overtaken()) return true;
          forget(state.status === "signedIn" ? "expired" : undefined);
          return false;
        }
        throw error;
      }
    }).finally(() => {
      renewing = undefined;
    });
    return renewing;
  };

  async function renewInBackground() {
    try {
      await refresh();
    } catch {
      // Offline or the API is down: the token may still be good for a while; try again later.
      if (now() + retryAfterFailureMs < expiresAt) schedule(retryAfterFailureMs);
      else forget("expired");
    }
  }

  const session: AuthSession = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      started ??= refresh().then(
        () => undefined,
        () => {
          // No answer at all: nobody can be signed in until the API is back.
          if (state.status === "pending") forget();
        },
      );
      return started;
    },
    signIn(newSession) {
      signIns += 1;
      adopt(newSession);
    },
    async signOut() {
      clearTimeout(timer);
      try {
        await client.request(logout);
      } catch {
        // The cookie may outlive this if the API was unreachable; this tab forgets the session anyway.
      }
      forget();
    },
    dispose() {
      clearTimeout(timer);
    },
    accessToken: () => accessToken,
    async renew(rejectedToken) {
      // Another request already renewed the token this one was sent with.
      if (accessToken && accessToken !== rejectedToken) return true;
      if (state.status !== "signedIn") return false;
      try {
        return await refresh();
      } catch {
        return false;
      }
    },
  };
  client.setAuthenticator(session);
  return session;
}
