import type { ReactNode } from "react";
import { Outlet, ScrollRestoration } from "react-router";
import { useTranslation } from "../../i18n/i18n.tsx";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";
import { useFocusHeadingOnNavigate } from "./use-focus-heading-on-navigate.ts";
import "./support-layout.css";

/**
 * The public face: header with navigation and language switch, the page, and the footer. The page
 * is the matched child route, or `children` when a route renders the layout itself.
 */
export function SupportLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  useFocusHeadingOnNavigate();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" className="shell__main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
