import type { StaffRole, User } from "@helpdesk/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect, useRef, useSyncExternalStore } from "react";
import type { AuthSession, AuthState } from "./auth-session.ts";

const AuthContext = createContext<AuthSession | null>(null);

/**
 * Makes the tab's session available to the screens and starts the silent sign-in. When the signed-in
 * person changes (or signs out), cached API answers are dropped: they may hold the previous
 * person's data.
 */
export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  const queryClient = useQueryClient();
  const userId = useSyncExternalStore(session.subscribe, () => userIdOf(session.getState()));
  const previousUserId = useRef(userId);

  useEffect(() => {
    void session.start();
  }, [session]);

  useEffect(() => {
    if (previousUserId.current !== undefined && previousUserId.current !== userId) queryClient.clear();
    previousUserId.current = userId;
  }, [userId, queryClient]);

  return <AuthContext value={session}>{children}</AuthContext>;
}

const userIdOf = (state: AuthState) => (state.status === "signedIn" ? state.user.id : undefined);

export function useAuthSession(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error("useAuthSession needs an <AuthProvider> above it");
  return session;
}

/** The current sign-in state; re-renders when it changes. */
export function useAuth(): AuthState {
  const session = useAuthSession();
  return useSyncExternalStore(session.subscribe, session.getState);
}

export const isStaff = (user: User): user is User & { role: StaffRole } => user.role !== "customer";

/** Where someone lands after signing in, unless they were on their way somewhere. */
export const homeOf = (user: User) => (isStaff(user) ? "/agent" : "/tickets");
