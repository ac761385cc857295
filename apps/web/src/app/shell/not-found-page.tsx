import { Link, useLocation } from "react-router";
import { PageHeading } from "../../components/page-heading.tsx";
import { useTranslation } from "../../i18n/i18n.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="page">
      <PageHeading title={t("notFound.title")} />
      <p className="lead">{t("notFound.text", { path: pathname })}</p>
      <p>
        <Link to="/" className="button">
          {t("notFound.home")}
        </Link>
      </p>
    </div>
  );
}
