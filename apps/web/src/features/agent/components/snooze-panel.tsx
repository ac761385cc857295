import { ticketSnoozeSchema } from "@helpdesk/contracts";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { useSnoozeTicket } from "../../tickets/api/tickets.queries.ts";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

/** The value of a `datetime-local` input: local time, to the minute. */
const localInputValue = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** Tomorrow at 9:00 local time: the usual "look at it again tomorrow morning". */
const tomorrowMorning = () => {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(9, 0, 0, 0);
  return date;
};

/**
 * "Uitstellen tot …" on the agent's ticket page: a date and time picker (`PUT /tickets/{id}/snooze`),
 * and while the ticket is snoozed, when it returns and a button to bring it back now.
 */
export function SnoozePanel({ ticketId, snoozedUntil }: { ticketId: string; snoozedUntil: string | null }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const [until, setUntil] = useState(() => localInputValue(tomorrowMorning()));
  const form = useContractForm({
    schema: ticketSnoozeSchema,
    fields: ["snoozedUntil"],
    describe: (issue) => (issue.code === "in_the_past" ? t("snooze.past") : t("snooze.invalid")),
    describeFailure: () => t("snooze.failed"),
  });
  const save = useSnoozeTicket(ticketId);
  const done = (result: { snoozedUntil: string | null }) =>
    announce(
      result.snoozedUntil
        ? t("snooze.saved", { time: formatDateTime(result.snoozedUntil, language) })
        : t("snooze.cleared"),
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const at = until ? new Date(until) : null;
    const iso = at && !Number.isNaN(at.getTime()) ? at.toISOString() : until;
    const body = { snoozedUntil: iso };
    const found: Record<string, string> =
      at && at.getTime() <= Date.now() ? { snoozedUntil: t("snooze.past") } : {};
    const checked = form.check(body, found);
    if (!checked.ok) return;
    save.mutate(checked.data, { onSuccess: done, onError: (error) => form.fail(error, body) });
  };

  return (
    <section className="panel" aria-labelledby="agent-snooze-title">
      <h2 id="agent-snooze-title">{t("snooze.title")}</h2>
      {snoozedUntil ? (
        <>
          <p data-testid="snoozed-until">
            {t("snooze.snoozedUntil", { time: formatDateTime(snoozedUntil, language) })}
          </p>
          <p>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={save.isPending || undefined}
              onClick={() => !save.isPending && save.mutate({ snoozedUntil: null }, { onSuccess: done })}
            >
              {t("snooze.clear")}
            </button>
          </p>
        </>
      ) : (
        <p className="field__hint">{t("snooze.purpose")}</p>
      )}
      <form ref={form.formRef} noValidate onSubmit={submit}>
        {form.errors?.form ? (
          <FormAlert
            id="snooze-error"
            ref={form.alertRef}
            title={t("snooze.failed")}
            message={form.errors.form}
          />
        ) : null}
        <TextField
          id="agent-snooze-until"
          name="snoozedUntil"
          type="datetime-local"
          label={t("snooze.until")}
          value={until}
          error={form.fieldError("snoozedUntil")}
          onChange={(event) => setUntil(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {t("snooze.submit")}
        </button>
      </form>
    </section>
  );
}
