import {
  type RetentionSettings,
  type RetentionSettingsView,
  retentionSettingsSchema,
  updateRetentionSettings,
} from "@helpdesk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { request } from "../../../lib/api-client.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { retentionKeys } from "../api/retention.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

const periodFields = ["closedTicketMonths", "privateDataLogMonths", "suggestionEventMonths"] as const;
type PeriodField = (typeof periodFields)[number];

/** What is typed, as the contract wants it: empty is "no period", digits a number, anything else as typed. */
const monthsOf = (text: string): number | null | string => {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** The admin's retention periods and the daily-run switch (`PUT /retention/settings`). */
export function RetentionSettingsForm({ settings }: { settings: RetentionSettingsView }) {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<Record<PeriodField, string>>(() => ({
    closedTicketMonths: String(settings.closedTicketMonths ?? ""),
    privateDataLogMonths: String(settings.privateDataLogMonths ?? ""),
    suggestionEventMonths: String(settings.suggestionEventMonths ?? ""),
  }));
  const [scheduled, setScheduled] = useState(settings.scheduled);
  const [saved, setSaved] = useState(false);
  const form = useContractForm({
    schema: retentionSettingsSchema,
    fields: [...periodFields, "scheduled"],
    describe: () => t("retention.monthsError"),
    describeFailure: () => t("retention.failed"),
  });
  const save = useMutation({
    mutationFn: (body: RetentionSettings) => request(updateRetentionSettings, { body }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const body = {
      closedTicketMonths: monthsOf(months.closedTicketMonths),
      privateDataLogMonths: monthsOf(months.privateDataLogMonths),
      suggestionEventMonths: monthsOf(months.suggestionEventMonths),
      scheduled,
    };
    const checked = form.check(body);
    if (!checked.ok) return;
    save.mutate(checked.data, {
      onSuccess: (updated) => {
        queryClient.setQueryData(retentionKeys.settings, updated);
        setSaved(true);
        announce(t("retention.saved"));
      },
      onError: (error) => form.fail(error, body),
    });
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} aria-labelledby="retention-settings-title">
      <h2 id="retention-settings-title">{t("retention.settingsTitle")}</h2>
      {form.errors?.form ? (
        <FormAlert
          id="retention-error"
          ref={form.alertRef}
          title={t("retention.failed")}
          message={form.errors.form}
        />
      ) : null}
      {periodFields.map((field) => (
        <TextField
          key={field}
          id={`retention-${field}`}
          name={field}
          label={t(`retention.${field}`)}
          hint={t(`retention.${field}Hint`)}
          inputMode="numeric"
          value={months[field]}
          error={form.fieldError(field)}
          onChange={(event) => setMonths((current) => ({ ...current, [field]: event.target.value }))}
        />
      ))}
      <div className="checkbox">
        <input
          type="checkbox"
          id="retention-scheduled"
          checked={scheduled}
          onChange={(event) => setScheduled(event.target.checked)}
        />
        <label htmlFor="retention-scheduled">{t("retention.scheduled")}</label>
      </div>
      {saved ? <Notice tone="success">{t("retention.saved")}</Notice> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {t("retention.save")}
      </button>
    </form>
  );
}
