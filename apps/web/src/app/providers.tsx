import type { Language } from "@helpdesk/contracts";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { Announcer } from "../components/announcer.tsx";
import { AuthProvider } from "../features/auth/session/auth-context.tsx";
import type { AuthSession } from "../features/auth/session/auth-session.ts";
import { LanguageProvider } from "../i18n/i18n.tsx";

export interface AppProvidersProps {
  queryClient: QueryClient;
  /** This tab's sign-in (see `createAuthSession`). */
  authSession: AuthSession;
  /** Defaults to the visitor's remembered choice, else Dutch. */
  language?: Language;
  children: ReactNode;
}

// Loaded apart from the first page's script (which has a size budget); it only matters once signed in.
const LiveUpdates = lazy(() =>
  import("../features/live/components/live-updates.tsx").then((module) => ({ default: module.LiveUpdates })),
);

/** Everything the screens rely on, passed in so that tests can give each render its own instances. */
export function AppProviders({ queryClient, authSession, language, children }: AppProvidersProps) {
  return (
    <LanguageProvider language={language}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider session={authSession}>
          <Suspense fallback={null}>
            <LiveUpdates />
          </Suspense>
          <Announcer>{children}</Announcer>
        </AuthProvider>
      </QueryClientProvider>
    </LanguageProvider>
  );
}
