import { Link } from "react-router";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";

/**
 * `/agent/admin` (admins): the admin screens, one link each, so the workspace header keeps one
 * "Beheer" item however many screens there are.
 */
export function AdminPage() {
  const t = useMessages(agentMessages);
  const screens = [
    { to: "/agent/staff", label: t("admin.staff"), hint: t("admin.staffHint") },
    { to: "/agent/retention", label: t("admin.retention"), hint: t("admin.retentionHint") },
  ];
  return (
    <div className="page">
      <PageHeading title={t("admin.title")} />
      <p className="lead">{t("admin.purpose")}</p>
      <ul className="admin-screens">
        {screens.map((screen) => (
          <li key={screen.to}>
            <Link to={screen.to}>{screen.label}</Link>
            <p>{screen.hint}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
