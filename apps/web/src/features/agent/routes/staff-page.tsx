import { useQuery } from "@tanstack/react-query";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { staffListQuery } from "../api/staff.queries.ts";
import { StaffInviteForm } from "../components/staff-invite-form.tsx";
import { StaffTable } from "../components/staff-table.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./staff-page.css";

/** `/agent/admin/staff` (admins; the API refuses everyone else): the team, invitations, roles, deactivation. */
export function StaffPage() {
  const t = useMessages(agentMessages);
  const auth = useAuth();
  const staff = useQuery(staffListQuery());
  if (staff.isPending) return <LoadingPage />;
  if (staff.isError) return <p role="alert">{t("staff.failed")}</p>;
  return (
    <div className="page page--wide staff-page">
      <PageHeading title={t("staff.title")} />
      <p className="lead">{t("staff.purpose")}</p>
      <StaffInviteForm />
      <h2>{t("staff.listTitle")}</h2>
      <StaffTable members={staff.data.items} selfId={auth.status === "signedIn" ? auth.user.id : undefined} />
    </div>
  );
}
