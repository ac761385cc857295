import type { RetentionCounts, RetentionRun } from "@helpdesk/contracts";
import "../../../components/data-table.css";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";

const shownCounts = [
  "tickets",
  "messages",
  "attachments",
  "emailOriginals",
  "privateDataLog",
  "suggestionEvents",
] as const satisfies readonly (keyof RetentionCounts)[];

const dateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

/** What one run did, or a preview would do, in sentences. */
export function RetentionRunSummary({ run }: { run: RetentionRun }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const cutoff = run.cutoffs.closedTicketsBefore;
  return (
    <section className="retention-summary" aria-labelledby="retention-summary-title">
      <h2 id="retention-summary-title">{t(run.dryRun ? "retention.previewTitle" : "retention.doneTitle")}</h2>
      {cutoff ? (
        <p>
          {t("retention.cutoff", {
            date: new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(new Date(cutoff)),
          })}
        </p>
      ) : null}
      <ul>
        {shownCounts.map((name) => (
          <li key={name}>{t(`retention.counts.${name}`, { count: run.counts[name] })}</li>
        ))}
      </ul>
    </section>
  );
}

/** Every run and preview, newest first: the record of retention. */
export function RetentionRunsTable({ runs }: { runs: RetentionRun[] }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  if (runs.length === 0) return <p>{t("retention.historyEmpty")}</p>;
  return (
    <div className="data-table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("retention.columns.when")}</th>
            <th scope="col">{t("retention.columns.kind")}</th>
            <th scope="col">{t("retention.columns.by")}</th>
            <th scope="col">{t("retention.columns.tickets")}</th>
            <th scope="col">{t("retention.columns.attachments")}</th>
            <th scope="col">{t("retention.columns.privateDataLog")}</th>
            <th scope="col">{t("retention.columns.suggestionEvents")}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>{dateTime(run.startedAt, language)}</td>
              <td>{t(run.dryRun ? "retention.kind.preview" : "retention.kind.applied")}</td>
              <td>{run.startedBy ? (run.startedBy.name ?? "—") : t("retention.bySchedule")}</td>
              <td>{run.counts.tickets}</td>
              <td>{run.counts.attachments}</td>
              <td>{run.counts.privateDataLog}</td>
              <td>{run.counts.suggestionEvents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
