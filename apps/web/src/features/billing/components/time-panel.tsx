import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { TextAreaField } from "../../../components/fields.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import {
  billingRateQuery,
  ticketBillingQuery,
  timeEntriesQuery,
  useDeleteTimeEntry,
  useLogTime,
  useRequestConsent,
} from "../api/billing.queries.ts";
import { billingMessages } from "../i18n/billing.messages.ts";
import { formatEuro, todayInAmsterdam } from "./billing-format.ts";
import { ConsentSummary } from "./consent-summary.tsx";
import { TimeEntryEditor } from "./time-entry-editor.tsx";
import { useTimer } from "./use-timer.ts";
import "./billing.css";

const problemDetail = (error: unknown) =>
  isApiError(error) ? (error.detail ?? error.message) : String(error);

/**
 * The agent's time panel on a ticket: billable minutes and blocks, the consents, a consent request,
 * time by hand or with a start/stop timer, and the entries (editable and deletable until their month
 * is invoiced).
 */
export function TimePanel({
  ticketId,
  totals,
}: {
  ticketId: string;
  totals: { billableMinutes: number; billedBlocks: number };
}) {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const billing = useQuery(ticketBillingQuery(ticketId));
  const entries = useQuery(timeEntriesQuery(ticketId));
  const rate = useQuery(billingRateQuery());
  const logTime = useLogTime(ticketId);
  const removeEntry = useDeleteTimeEntry(ticketId);
  const askConsent = useRequestConsent(ticketId);
  const timer = useTimer();

  const [minutes, setMinutes] = useState("");
  const [billable, setBillable] = useState(false);
  const [note, setNote] = useState("");
  const [date, setDate] = useState("");
  const [what, setWhat] = useState("");
  const [cap, setCap] = useState("");
  const [editing, setEditing] = useState<string | undefined>();

  const submitTime = (event: FormEvent) => {
    event.preventDefault();
    logTime.mutate(
      {
        minutes: Number(minutes),
        billable,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(date ? { date } : {}),
      },
      {
        onSuccess: () => {
          setMinutes("");
          setNote("");
          announce(t("panel.logged"));
        },
      },
    );
  };
  const submitConsent = (event: FormEvent) => {
    event.preventDefault();
    askConsent.mutate(
      { description: what.trim(), ...(cap ? { capBlocks: Number(cap) } : {}) },
      {
        onSuccess: () => {
          setWhat("");
          setCap("");
          announce(t("panel.asked"));
        },
      },
    );
  };
  const currentRate = rate.data?.rate;

  return (
    <section className="panel time-panel" aria-labelledby="time-panel-title" data-testid="time-panel">
      <h2 id="time-panel-title">{t("panel.title")}</h2>
      <p>
        <strong data-testid="billing-totals">
          {t("panel.totals", { minutes: totals.billableMinutes, blocks: totals.billedBlocks })}
        </strong>
      </p>

      <h3>{t("panel.consentsTitle")}</h3>
      {billing.data && billing.data.consents.length > 0 ? (
        <ul className="plain-list">
          {billing.data.consents.map((consent) => (
            <li key={consent.id}>
              <ConsentSummary consent={consent} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("panel.noConsent")}</p>
      )}
      {billing.data ? (
        <p>{billing.data.billableAllowed ? t("panel.billableAllowed") : t("panel.billableBlocked")}</p>
      ) : null}

      <form onSubmit={submitConsent} aria-labelledby="consent-form-title">
        <h3 id="consent-form-title">{t("panel.askTitle")}</h3>
        <p>
          {currentRate
            ? t("panel.askRate", {
                rate: t("consent.rate", {
                  rate: formatEuro(currentRate.centsPerBlock, language),
                  vat: currentRate.vatPercent,
                }),
              })
            : t("panel.askNoRate")}
        </p>
        <TextAreaField
          id="consent-what"
          name="description"
          label={t("panel.askWhat")}
          value={what}
          required
          minLength={3}
          maxLength={1000}
          onChange={(event) => setWhat(event.target.value)}
        />
        <TextField
          id="consent-cap"
          name="capBlocks"
          type="number"
          min={1}
          max={1000}
          label={t("panel.askCap")}
          value={cap}
          onChange={(event) => setCap(event.target.value)}
        />
        <p>
          <button
            type="submit"
            className="button button--secondary"
            disabled={askConsent.isPending || !currentRate}
          >
            {t("panel.ask")}
          </button>
        </p>
        {askConsent.isError ? (
          <Notice>{t("panel.failed", { detail: problemDetail(askConsent.error) })}</Notice>
        ) : null}
      </form>

      <form onSubmit={submitTime} aria-labelledby="time-form-title">
        <h3 id="time-form-title">{t("panel.logTitle")}</h3>
        <p className="actions">
          {timer.running ? (
            <>
              <span role="timer">{t("panel.timerRunning", { time: timer.elapsed })}</span>{" "}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setMinutes(String(timer.stop()))}
              >
                {t("panel.timerStop")}
              </button>
            </>
          ) : (
            <button type="button" className="button button--secondary" onClick={timer.start}>
              {t("panel.timerStart")}
            </button>
          )}
        </p>
        <TextField
          id="time-minutes"
          name="minutes"
          type="number"
          min={1}
          max={1440}
          required
          label={t("panel.minutes")}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <label className="checkbox" htmlFor="time-billable">
          <input
            id="time-billable"
            type="checkbox"
            checked={billable}
            onChange={(event) => setBillable(event.target.checked)}
          />
          <span>{t("panel.billable")}</span>
        </label>
        <TextField
          id="time-date"
          name="date"
          type="date"
          max={todayInAmsterdam()}
          label={t("panel.date")}
          hint={t("panel.dateHint")}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <TextField
          id="time-note"
          name="note"
          maxLength={500}
          label={t("panel.note")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p>
          <button type="submit" className="button button--accent" disabled={logTime.isPending}>
            {t("panel.log")}
          </button>
        </p>
        {logTime.isError ? (
          <Notice>{t("panel.failed", { detail: problemDetail(logTime.error) })}</Notice>
        ) : null}
      </form>

      <h3>{t("panel.entriesTitle")}</h3>
      {entries.data && entries.data.items.length > 0 ? (
        <ul className="plain-list">
          {entries.data.items.map((entry) => (
            <li key={entry.id} className="time-entry">
              <span>
                {t("panel.entry", { date: entry.date, minutes: entry.minutes, who: entry.loggedBy.name })}
                {entry.billable ? ` · ${t("panel.billableTag")}` : ""}
                {entry.invoiced ? ` · ${t("panel.invoicedTag")}` : ""}
                {entry.note ? <span className="time-entry__meta"> — {entry.note}</span> : null}
              </span>
              {entry.invoiced ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-expanded={editing === entry.id}
                  onClick={() => setEditing(editing === entry.id ? undefined : entry.id)}
                >
                  {t("panel.edit")}
                </button>
              )}
              {entry.invoiced ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={removeEntry.isPending}
                  onClick={() =>
                    removeEntry.mutate(entry.id, { onSuccess: () => announce(t("panel.deleted")) })
                  }
                >
                  {t("panel.delete")}
                </button>
              )}
              {editing === entry.id ? (
                <TimeEntryEditor ticketId={ticketId} entry={entry} onDone={() => setEditing(undefined)} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("panel.noEntries")}</p>
      )}
      {removeEntry.isError ? (
        <Notice>{t("panel.failed", { detail: problemDetail(removeEntry.error) })}</Notice>
      ) : null}
    </section>
  );
}
