import { Link } from "react-router";
import { useTranslation } from "../../i18n/i18n.tsx";
import "./brand.css";

/** The product name with its mark; links home. */
export function Brand({ suffix }: { suffix?: string }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M9 17a7 7 0 0 1 14 0v4a2 2 0 0 1-2 2h-1v-6h3M9 17v4a2 2 0 0 0 2 2h1v-6H9"
          fill="none"
          stroke="var(--color-brand)"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="brand__name">{t("app.name")}</span>
      {suffix ? <span className="brand__suffix">{suffix}</span> : null}
    </Link>
  );
}
