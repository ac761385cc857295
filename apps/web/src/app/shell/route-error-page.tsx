import { isRouteErrorResponse, useRouteError } from "react-router";
import { PageHeading } from "../../components/page-heading.tsx";
import { useTranslation } from "../../i18n/i18n.tsx";
import { Brand } from "./brand.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import "./support-layout.css";
import "./site-header.css";

/**
 * Shown when a route fails to render or load. Inside the Support Center layout only the page area is
 * replaced, so header and footer stay; `AppErrorPage` is the top-level version with a header of its own.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="page">
      <PageHeading title={t("error.title")} />
      <p className="lead">{t("error.text")}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("error.retry")}
        </button>
        {/* A full page load: whatever broke gets a clean start. */}
        <a href="/">{t("error.home")}</a>
      </p>
    </div>
  );
}

export function AppErrorPage() {
  return (
    <div className="shell">
      <header className="site-header">
        <div className="site-header__inner">
          <Brand />
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <RouteErrorPage />
      </main>
    </div>
  );
}

/** While the first screen's code is still arriving (e.g. a deep link into the agent workspace). */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("app.loading")}
    </p>
  );
}
