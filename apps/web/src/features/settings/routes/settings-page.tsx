import { useQuery } from "@tanstack/react-query";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { settingsQuery } from "../api/settings.queries.ts";
import { EmailPreviews } from "../components/email-previews.tsx";
import { FailedEmails } from "../components/failed-emails.tsx";
import { SettingsForm } from "../components/settings-form.tsx";
import { settingsMessages } from "../i18n/settings.messages.ts";
import "./settings-page.css";

/** `/agent/admin/settings` (admins): the team's settings, the e-mail previews and the failed e-mails. */
export function SettingsPage() {
  const t = useMessages(settingsMessages);
  const settings = useQuery(settingsQuery());
  if (!settings.data) return <LoadingPage />;
  return (
    <div className="page settings-page">
      <PageHeading title={t("title")} />
      <p className="lead">{t("intro")}</p>
      <SettingsForm settings={settings.data} />
      <EmailPreviews />
      <FailedEmails />
    </div>
  );
}
