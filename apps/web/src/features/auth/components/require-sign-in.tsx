import type { User } from "@helpdesk/contracts";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { loginPathFor } from "../return-path.ts";
import { useAuth } from "../session/auth-context.tsx";

/**
 * Shows `children(user)` to someone signed in; sends anyone else to the login page, which brings them
 * back here afterwards. While the silent sign-in is still running, says it is loading.
 */
export function RequireSignIn({ children }: { children: (user: User) => ReactNode }) {
  const auth = useAuth();
  const { pathname, search, hash } = useLocation();
  if (auth.status === "pending") return <LoadingPage />;
  if (auth.status === "signedOut") {
    return (
      <Navigate
        to={loginPathFor(`${pathname}${search}${hash}`)}
        replace
        state={auth.reason === "expired" ? { notice: "sessionExpired" } : undefined}
      />
    );
  }
  return children(auth.user);
}
