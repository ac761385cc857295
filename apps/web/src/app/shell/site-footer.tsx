import { Link } from "react-router";
import { ApiStatus } from "../../features/system/components/api-status.tsx";
import { useTranslation } from "../../i18n/i18n.tsx";
import "./site-footer.css";

export function SiteFooter({ showStaffLink = true }: { showStaffLink?: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__tagline">
          <strong>{t("app.name")}</strong> · {t("footer.tagline")}
        </p>
        <ApiStatus />
        {showStaffLink ? (
          <p>
            <Link to="/agent">{t("footer.forStaff")}</Link>
          </p>
        ) : null}
      </div>
    </footer>
  );
}
