import { lazy, Suspense } from "react";
import { Link, NavLink, useParams } from "react-router";
import { Brand } from "../../../app/shell/brand.tsx";
import { NotFoundPage } from "../../../app/shell/not-found-page.tsx";
import { SiteFooter } from "../../../app/shell/site-footer.tsx";
import { useFocusHeadingOnNavigate } from "../../../app/shell/use-focus-heading-on-navigate.ts";
import { useMessages, useTranslation } from "../../../i18n/i18n.tsx";
import { LanguageSwitch } from "../../../i18n/language-switch.tsx";
import { AppointmentSettingsPage } from "../../appointments/routes/appointment-settings-page.tsx";
import { AppointmentsDayPage } from "../../appointments/routes/appointments-day-page.tsx";
import { AccountStatus } from "../../auth/components/account-menu.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { BillingPage } from "../../billing/routes/billing-page.tsx";
import { RatePage } from "../../billing/routes/rate-page.tsx";
import { NotificationBell } from "../../notifications/components/notification-bell.tsx";
import { NotificationPreferencesPage } from "../../notifications/routes/notification-preferences-page.tsx";
import { ReviewLinkSettingsPage } from "../../ratings/routes/review-link-settings-page.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import { AdminPage } from "./admin-page.tsx";
import { AgentTicketPage } from "./agent-ticket-page.tsx";
import { ApiTokensPage } from "./api-tokens-page.tsx";
import { CallbackPage } from "./callback-page.tsx";
import { CannedRepliesPage } from "./canned-replies-page.tsx";
import { CustomerPage } from "./customer-page.tsx";
import { CustomersPage } from "./customers-page.tsx";
import { FollowUpSettingsPage } from "./follow-up-settings-page.tsx";
import { QueuePage } from "./queue-page.tsx";
import { RetentionPage } from "./retention-page.tsx";
import { StaffPage } from "./staff-page.tsx";
import { WebhooksPage } from "./webhooks-page.tsx";
import "../../../app/shell/support-layout.css";
import "../../../app/shell/site-header.css";
import "./agent-workspace.css";

// The knowledge-base editor (Markdown preview, conflict screen, suggestion tester): its own chunk.
const KnowledgeBasePages = lazy(async () => ({
  default: (await import("../../knowledge-base/routes/knowledge-base-pages.tsx")).KnowledgeBasePages,
}));

// The settings page renders e-mail previews: a chunk of its own, for admins only.
const SettingsPage = lazy(async () => ({
  default: (await import("../../settings/routes/settings-page.tsx")).SettingsPage,
}));

// Reports draw charts with Recharts: a chunk of its own, loaded when the page is opened.
const ReportsPage = lazy(async () => ({
  default: (await import("../../reports/routes/reports-page.tsx")).ReportsPage,
}));

/**
 * The agent workspace (`/agent/*`), loaded on demand: nothing in this folder is part of the Support
 * Center's bundle (the build fails if it is). Only signed-in staff get here (see `AgentRoute`).
 * `/agent` is the queue (for the phone desk: the callback form), `/agent/tickets/:id` one ticket,
 * `/agent/callbacks` the callback-request form, `/agent/notification-preferences` the member's own
 * choice of notification e-mails, `/agent/customers` customer search and records, `/agent/admin` the admin screens (admins only; the API
 * refuses everyone else too), `/agent/faqs` the knowledge-base editor (admins and customer service).
 */
export function AgentWorkspace() {
  const t = useMessages(agentMessages);
  const { t: tCommon } = useTranslation();
  useFocusHeadingOnNavigate();
  const auth = useAuth();
  // The phone desk files callback requests and works no queue: its workspace is the callback form.
  const phoneDesk = auth.status === "signedIn" && auth.user.role === "phone_desk";
  const admin = auth.status === "signedIn" && auth.user.role === "admin";
  // Statements are for billing and customer service (the API answers 404 to anyone else).
  // Reports are the team's figures: for the staff who work the queue (the API refuses the rest).
  const readsReports =
    auth.status === "signedIn" &&
    (auth.user.role === "admin" || auth.user.role === "customer_service" || auth.user.role === "agent");
  // The knowledge base is written by admins and customer service (the API refuses the rest).
  const editsFaq =
    auth.status === "signedIn" && (auth.user.role === "admin" || auth.user.role === "customer_service");
  const readsStatements =
    auth.status === "signedIn" && (auth.user.role === "billing" || auth.user.role === "customer_service");
  return (
    <div className="shell shell--agent">
      <a className="skip-link" href="#main">
        {tCommon("app.skipToContent")}
      </a>
      <header className="site-header site-header--agent">
        <div className="site-header__inner">
          <Brand suffix={t("workspace")} />
          <nav className="site-nav" aria-label={tCommon("nav.label")}>
            <ul>
              {phoneDesk ? (
                <li>
                  <NavLink to="/agent" end>
                    {t("nav.callback")}
                  </NavLink>
                </li>
              ) : (
                <>
                  <li>
                    <NavLink to="/agent" end>
                      {t("nav.queue")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/agent/appointments">{t("nav.appointments")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/agent/callbacks">{t("nav.callback")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/agent/customers">{t("nav.customers")}</NavLink>
                  </li>
                  {editsFaq ? (
                    <li>
                      <NavLink to="/agent/faqs">{t("nav.knowledgeBase")}</NavLink>
                    </li>
                  ) : null}
                  {admin ? (
                    <li>
                      <NavLink to="/agent/admin">{t("nav.admin")}</NavLink>
                    </li>
                  ) : null}
                  {readsReports ? (
                    <li>
                      <NavLink to="/agent/reports">{t("nav.reports")}</NavLink>
                    </li>
                  ) : null}
                  {readsStatements ? (
                    <li>
                      <NavLink to="/agent/billing">{t("nav.billing")}</NavLink>
                    </li>
                  ) : null}
                </>
              )}
              <li>
                <Link to="/">{t("backToSupport")}</Link>
              </li>
            </ul>
          </nav>
          <div className="site-header__tools">
            {/* Notifications are about tickets: for the staff who work them (not the phone desk). */}
            {phoneDesk ? null : <NotificationBell />}
            <AccountStatus />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <AgentPage
          path={useParams()["*"] ?? ""}
          phoneDesk={phoneDesk}
          admin={admin}
          readsReports={readsReports}
          editsFaq={editsFaq}
          loading={t("loadingPage")}
        />
      </main>
      <SiteFooter showStaffLink={false} />
    </div>
  );
}

/**
 * The page for the part of the address after `/agent/`. Matched here rather than with descendant
 * `<Routes>`: those would keep React Router's route-matching code for nested routes in the Support
 * Center's initial bundle, for a workspace most visitors never load.
 */
function AgentPage({
  path,
  phoneDesk,
  admin,
  readsReports,
  editsFaq,
  loading,
}: {
  path: string;
  phoneDesk: boolean;
  admin: boolean;
  readsReports: boolean;
  editsFaq: boolean;
  loading: string;
}) {
  const trimmed = path.replace(/\/+$/, "");
  if (admin && trimmed === "admin") return <AdminPage />;
  if (admin && trimmed === "admin/review") return <ReviewLinkSettingsPage />;
  if (admin && trimmed === "admin/retention") return <RetentionPage />;
  if (admin && trimmed === "admin/api-tokens") return <ApiTokensPage />;
  if (admin && trimmed === "admin/webhooks") return <WebhooksPage />;
  if (admin && trimmed === "admin/canned-replies") return <CannedRepliesPage />;
  if (admin && trimmed === "admin/staff") return <StaffPage />;
  if (admin && trimmed === "admin/appointments") return <AppointmentSettingsPage />;
  if (admin && trimmed === "admin/rate") return <RatePage />;
  if (admin && trimmed === "admin/follow-up") return <FollowUpSettingsPage />;
  if (admin && trimmed === "admin/settings")
    return (
      <Suspense fallback={<p role="status">{loading}</p>}>
        <SettingsPage />
      </Suspense>
    );
  if (trimmed === "callbacks" || (phoneDesk && (trimmed === "" || trimmed === "tickets")))
    return <CallbackPage />;
  if (trimmed === "" || trimmed === "tickets") return <QueuePage />;
  if (trimmed === "billing" && !phoneDesk) return <BillingPage />;
  if (trimmed === "notification-preferences" && !phoneDesk) return <NotificationPreferencesPage />;
  // The phone desk sees no customer data (the API answers 404 to it as well).
  if (trimmed === "customers" && !phoneDesk) return <CustomersPage />;
  const customer = /^customers\/([^/]+)$/.exec(trimmed);
  if (customer?.[1] && !phoneDesk)
    return <CustomerPage key={customer[1]} id={decodeURIComponent(customer[1])} />;
  if (trimmed === "appointments" && !phoneDesk) return <AppointmentsDayPage />;
  if (trimmed === "reports" && readsReports)
    return (
      <Suspense fallback={<p role="status">{loading}</p>}>
        <ReportsPage />
      </Suspense>
    );
  if (editsFaq && (trimmed === "faqs" || trimmed.startsWith("faqs/")))
    return (
      <Suspense fallback={<p role="status">{loading}</p>}>
        <KnowledgeBasePages path={trimmed.slice("faqs".length)} />
      </Suspense>
    );
  const ticket = /^tickets\/([^/]+)$/.exec(trimmed);
  if (ticket?.[1]) return <AgentTicketPage key={ticket[1]} id={decodeURIComponent(ticket[1])} />;
  return <NotFoundPage />;
}
