import { lazy, Suspense } from "react";
import { RequireSignIn } from "../features/auth/components/require-sign-in.tsx";
import { StaffOnlyPage } from "../features/auth/routes/staff-only-page.tsx";
import { isStaff } from "../features/auth/session/auth-context.tsx";
import { LoadingPage } from "./shell/route-error-page.tsx";
import { SupportLayout } from "./shell/support-layout.tsx";

// Downloaded only once a staff member is signed in: guests and customers never fetch the workspace.
const AgentWorkspace = lazy(async () => ({
  default: (await import("../features/agent/routes/agent-workspace.tsx")).AgentWorkspace,
}));

/**
 * `/agent/*`: staff only. Signed out: to the login page (and back here afterwards). A customer: a
 * page that says the workspace is for staff, inside the Support Center's own layout.
 */
export function AgentRoute() {
  return (
    <RequireSignIn>
      {(user) =>
        isStaff(user) ? (
          <Suspense fallback={<LoadingPage />}>
            <AgentWorkspace />
          </Suspense>
        ) : (
          <SupportLayout>
            <StaffOnlyPage user={user} />
          </SupportLayout>
        )
      }
    </RequireSignIn>
  );
}
