import { type FollowUpSettings, followUpSettingsSchema } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { followUpSettingsQuery, useSaveFollowUpSettings } from "../api/follow-up.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

/** `/agent/admin/follow-up` (admins): the reminder and automatic solving of tickets waiting on the customer. */
export function FollowUpSettingsPage() {
  const t = useMessages(agentMessages);
  const settings = useQuery(followUpSettingsQuery());
  if (!settings.data) return <LoadingPage />;
  return (
    <div className="page">
      <PageHeading title={t("followUp.title")} />
      <p className="lead">{t("followUp.intro")}</p>
      <FollowUpForm settings={settings.data} />
    </div>
  );
}

const dayFields = ["remindAfterDays", "solveAfterDays"] as const;
/** Digits as a number; anything else as typed, for the schema to refuse in words. */
const daysOf = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

function FollowUpForm({ settings }: { settings: FollowUpSettings }) {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const save = useSaveFollowUpSettings();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [days, setDays] = useState({
    remindAfterDays: String(settings.remindAfterDays),
    solveAfterDays: String(settings.solveAfterDays),
  });
  const form = useContractForm({
    schema: followUpSettingsSchema,
    fields: [...dayFields, "enabled"],
    describe: () => t("followUp.daysError"),
    describeFailure: () => t("followUp.failed"),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const body = {
      enabled,
      remindAfterDays: daysOf(days.remindAfterDays),
      solveAfterDays: daysOf(days.solveAfterDays),
    };
    const checked = form.check(body);
    if (!checked.ok) return;
    save.mutate(checked.data, {
      onSuccess: () => announce(t("followUp.saved")),
      onError: (error) => form.fail(error, body),
    });
  };
  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={submit}>
      {form.errors?.form ? (
        <FormAlert
          id="follow-up-error"
          ref={form.alertRef}
          title={t("followUp.failed")}
          message={form.errors.form}
        />
      ) : null}
      <div className="checkbox">
        <input
          type="checkbox"
          id="follow-up-enabled"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <label htmlFor="follow-up-enabled">{t("followUp.enabled")}</label>
      </div>
      {dayFields.map((field) => (
        <TextField
          key={field}
          id={`follow-up-${field}`}
          name={field}
          label={t(`followUp.${field}`)}
          hint={t(`followUp.${field}Hint`)}
          inputMode="numeric"
          value={days[field]}
          error={form.fieldError(field)}
          onChange={(event) => setDays((current) => ({ ...current, [field]: event.target.value }))}
        />
      ))}
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t("followUp.save")}
        </button>
      </p>
      {save.isSuccess ? <Notice tone="success">{t("followUp.saved")}</Notice> : null}
    </form>
  );
}
