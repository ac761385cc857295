// Tokens and base styles first: every component's stylesheet comes after them in the cascade.
import "./styles/tokens.css";
import "./styles/base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { AppProviders } from "./app/providers.tsx";
import { createQueryClient } from "./app/query-client.ts";
import { createAppRouter } from "./app/router.tsx";
import { createAuthSession } from "./features/auth/session/auth-session.ts";
import { apiClient } from "./lib/api-client.ts";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

// The tab's session signs every API call made through `request` (see createAuthSession).
const authSession = createAuthSession(apiClient);

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} authSession={authSession}>
      <RouterProvider router={createAppRouter()} />
    </AppProviders>
  </StrictMode>,
);
