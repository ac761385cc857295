import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useUpdateTimeEntry } from "../api/billing.queries.ts";
import { billingMessages } from "../i18n/billing.messages.ts";

interface Entry {
  id: string;
  date: string;
  minutes: number;
  billable: boolean;
  note: string;
}

/** Corrects one time entry in place (minutes, billable, note) until its month is invoiced. */
export function TimeEntryEditor({
  ticketId,
  entry,
  onDone,
}: {
  ticketId: string;
  entry: Entry;
  onDone: () => void;
}) {
  const t = useMessages(billingMessages);
  const announce = useAnnounce();
  const update = useUpdateTimeEntry(ticketId);
  const [minutes, setMinutes] = useState(String(entry.minutes));
  const [billable, setBillable] = useState(entry.billable);
  const [note, setNote] = useState(entry.note);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { entryId: entry.id, minutes: Number(minutes), billable, note },
      {
        onSuccess: () => {
          announce(t("panel.saved"));
          onDone();
        },
      },
    );
  };
  const prefix = `edit-${entry.id}`;
  return (
    <form
      className="form time-entry__editor"
      onSubmit={submit}
      aria-label={t("panel.editTitle", { date: entry.date })}
    >
      <TextField
        id={`${prefix}-minutes`}
        name="minutes"
        type="number"
        min={1}
        max={1440}
        required
        label={t("panel.minutes")}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <label className="checkbox" htmlFor={`${prefix}-billable`}>
        <input
          id={`${prefix}-billable`}
          type="checkbox"
          checked={billable}
          onChange={(event) => setBillable(event.target.checked)}
        />
        <span>{t("panel.billable")}</span>
      </label>
      <TextField
        id={`${prefix}-note`}
        name="note"
        maxLength={500}
        label={t("panel.note")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <p>
        <button type="submit" className="button" disabled={update.isPending}>
          {t("panel.save")}
        </button>{" "}
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("panel.cancel")}
        </button>
      </p>
      {update.isError ? (
        <Notice>
          {t("panel.failed", {
            detail: isApiError(update.error)
              ? (update.error.detail ?? update.error.message)
              : String(update.error),
          })}
        </Notice>
      ) : null}
    </form>
  );
}
