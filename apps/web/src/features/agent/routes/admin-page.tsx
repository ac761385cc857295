import { Link } from "react-router";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./admin-page.css";

/** The admin screens, each with what it is for; new ones join this list (the menu has one item). */
const adminScreens = [
  { path: "/agent/admin/settings", name: "settings" },
  { path: "/agent/admin/staff", name: "staff" },
  { path: "/agent/admin/retention", name: "retention" },
  { path: "/agent/admin/review", name: "review" },
  { path: "/agent/admin/api-tokens", name: "apiTokens" },
  { path: "/agent/admin/webhooks", name: "webhooks" },
  { path: "/agent/admin/canned-replies", name: "cannedReplies" },
  { path: "/agent/admin/appointments", name: "appointments" },
  { path: "/agent/admin/follow-up", name: "followUp" },
  { path: "/agent/admin/rate", name: "rate" },
] as const;

/** `/agent/admin` (admins): the way to every screen that runs the desk. */
export function AdminPage() {
  const t = useMessages(agentMessages);
  return (
    <div className="page">
      <PageHeading title={t("admin.title")} />
      <ul className="admin-screens">
        {adminScreens.map((screen) => (
          <li key={screen.path}>
            <Link to={screen.path}>{t(`admin.screens.${screen.name}.title`)}</Link>
            <p>{t(`admin.screens.${screen.name}.purpose`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
