import { type RetentionRun, startRetentionRun } from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError, request } from "../../../lib/api-client.ts";
import { retentionKeys, retentionRunsQuery, retentionSettingsQuery } from "../api/retention.queries.ts";
import { RetentionRunSummary, RetentionRunsTable } from "../components/retention-runs.tsx";
import { RetentionSettingsForm } from "../components/retention-settings-form.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./retention-page.css";

/**
 * `/agent/admin/retention` (admins): the retention periods, a preview of what they would take away now,
 * running them at once, and the record of every run.
 */
export function RetentionPage() {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const settings = useQuery(retentionSettingsQuery());
  const runs = useQuery(retentionRunsQuery());
  const [latest, setLatest] = useState<RetentionRun | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const start = useMutation({
    mutationFn: (dryRun: boolean) => request(startRetentionRun, { body: { dryRun } }),
    onSuccess: (run) => {
      setLatest(run);
      setProblem(undefined);
      announce(t(run.dryRun ? "retention.previewTitle" : "retention.doneTitle"));
      void queryClient.invalidateQueries({ queryKey: retentionKeys.runs });
    },
    onError: (error) =>
      setProblem(isApiError(error) && error.status === 409 ? t("retention.busy") : t("retention.failed")),
  });

  if (settings.isPending) return <LoadingPage />;
  if (settings.isError) return <p role="alert">{t("retention.failed")}</p>;
  return (
    <div className="page retention-page">
      <PageHeading title={t("retention.title")} />
      <p className="lead">{t("retention.purpose")}</p>
      <RetentionSettingsForm settings={settings.data} />
      <div className="retention-actions">
        <button
          type="button"
          className="button button--accent"
          disabled={start.isPending}
          onClick={() => start.mutate(true)}
        >
          {t("retention.preview")}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={start.isPending}
          onClick={() => {
            if (window.confirm(t("retention.runConfirm"))) start.mutate(false);
          }}
        >
          {t("retention.runNow")}
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {latest ? <RetentionRunSummary run={latest} /> : null}
      <h2 className="retention-history-title">{t("retention.historyTitle")}</h2>
      {runs.data ? <RetentionRunsTable runs={runs.data.items} /> : null}
    </div>
  );
}
