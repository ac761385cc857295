import type { User } from "@helpdesk/contracts";
import { Link } from "react-router";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useTranslation } from "../../../i18n/i18n.tsx";

/** What a signed-in customer sees at `/agent`: not an error, a friendly pointer to their own page. */
export function StaffOnlyPage({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeading title={t("staffOnly.title")} />
      <p className="lead">{t("staffOnly.text", { email: user.email })}</p>
      <p>
        <Link to="/tickets" className="button">
          {t("staffOnly.myTickets")}
        </Link>
      </p>
    </div>
  );
}
