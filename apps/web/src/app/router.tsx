import { createBrowserRouter, type RouteObject } from "react-router";
import { HomePage } from "../features/home/routes/home-page.tsx";
import { AgentRoute } from "./agent-route.tsx";
import { NotFoundPage } from "./shell/not-found-page.tsx";
import { AppErrorPage, LoadingPage, RouteErrorPage } from "./shell/route-error-page.tsx";
import { SupportLayout } from "./shell/support-layout.tsx";

const loginPage = async () => (await import("../features/auth/routes/login-page.tsx")).LoginPage;
const emailLinkPage = async () => (await import("../features/auth/routes/email-link-page.tsx")).EmailLinkPage;
const passwordResetPage = async () =>
  (await import("../features/auth/routes/password-reset-page.tsx")).PasswordResetPage;
const staffInvitationPage = async () =>
  (await import("../features/auth/routes/staff-invitation-page.tsx")).StaffInvitationPage;
const faqArticlePage = async () =>
  (await import("../features/faq/routes/faq-article-page.tsx")).FaqArticlePage;
const newTicketPage = async () =>
  (await import("../features/tickets/routes/new-ticket-page.tsx")).NewTicketPage;
const myTicketsPage = async () =>
  (await import("../features/tickets/routes/my-tickets-page.tsx")).MyTicketsPage;
const ticketPage = async () => (await import("../features/tickets/routes/ticket-page.tsx")).TicketPage;
const ratingLinkPage = async () =>
  (await import("../features/ratings/routes/rating-link-page.tsx")).RatingLinkPage;
const consentLinkPage = async () =>
  (await import("../features/billing/routes/consent-link-page.tsx")).ConsentLinkPage;
const myAccountPage = async () =>
  (await import("../features/account/routes/my-account-page.tsx")).MyAccountPage;
const dataExportPage = async () =>
  (await import("../features/account/routes/data-export-page.tsx")).DataExportPage;

/**
 * Every URL of the web app. The Support Center is bundled with the app; the agent workspace is
 * loaded on demand, after the sign-in check in `AgentRoute`, so guests and customers never download it.
 * A function, because a router takes over the route objects it is given (it resolves `lazy` in
 * place): every router, e.g. one per test, needs its own.
 */
export const createRoutes = (): RouteObject[] => [
  {
    // Last resort: renders without any layout, e.g. when the agent chunk cannot be downloaded.
    ErrorBoundary: AppErrorPage,
    HydrateFallback: LoadingPage,
    children: [
      {
        Component: SupportLayout,
        children: [
          {
            // Errors inside a page keep the header and footer around them.
            ErrorBoundary: RouteErrorPage,
            children: [
              { index: true, Component: HomePage },
              // An article page loads on demand; the home page lists and searches the FAQ itself.
              { path: "faq/:slug", lazy: { Component: faqArticlePage } },
              // The ticket pages load on demand too: the home page and FAQ are what most visitors need.
              { path: "tickets", lazy: { Component: myTicketsPage } },
              { path: "tickets/new", lazy: { Component: newTicketPage } },
              { path: "tickets/:id", lazy: { Component: ticketPage } },
              { path: "tickets/:id/beoordelen", lazy: { Component: ratingLinkPage } },
              { path: "account", lazy: { Component: myAccountPage } },
              { path: "account/export", lazy: { Component: dataExportPage } },
              // The e-mailed consent link for paid support (billable time).
              { path: "consent", lazy: { Component: consentLinkPage } },
              // The sign-in pages load on demand: most visitors never sign in.
              { path: "login", lazy: { Component: loginPage } },
              { path: "login/link", lazy: { Component: emailLinkPage } },
              { path: "password-reset", lazy: { Component: passwordResetPage } },
              { path: "staff-invitation", lazy: { Component: staffInvitationPage } },
              { path: "*", Component: NotFoundPage },
            ],
          },
        ],
      },
      // Staff only; the workspace itself is a separate chunk, loaded once a staff member is signed in.
      { path: "agent/*", Component: AgentRoute },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(createRoutes());
