import {
  EMAIL_FOOTER_MAX,
  type Settings,
  SUPPORT_HOURS_MAX,
  updateSettingsSchema,
} from "@helpdesk/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import type { FieldIssue } from "../../../lib/forms/field-issues.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { settingsQuery, useUpdateSettings } from "../api/settings.queries.ts";
import { settingsMessages } from "../i18n/settings.messages.ts";

const fields = ["teamName", "publicUrl", "mailFromAddress", "emailFooter", "supportHoursText"] as const;
type Field = (typeof fields)[number];
const valuesOf = (settings: Settings): Record<Field, string> => ({
  teamName: settings.teamName,
  publicUrl: settings.publicUrl,
  mailFromAddress: settings.mailFromAddress,
  emailFooter: settings.emailFooter,
  supportHoursText: settings.supportHoursText,
});

/** The admins' settings (`PATCH /settings`), saved only over the version the form was opened with. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useMessages(settingsMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(settings));
  const [opened, setOpened] = useState(settings.updatedAt);
  const [notice, setNotice] = useState<"saved" | "conflict" | undefined>();
  const describe = (issue: FieldIssue) => {
    if (issue.code === "too_big") return t("tooLong", { maximum: issue.maximum ?? "" });
    if (issue.path === "publicUrl") return t("invalidUrl");
    if (issue.path === "mailFromAddress") return t("invalidEmail");
    if (issue.code === "too_small") return t("required");
    return t("invalid");
  };
  const form = useContractForm({
    schema: updateSettingsSchema,
    fields,
    describe,
    describeFailure: () => t("failedDetail"),
  });
  const save = useUpdateSettings();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A second click while the first save is on its way sends nothing.
    if (save.isPending) return;
    setNotice(undefined);
    const body = { ...values, expectedUpdatedAt: opened };
    const checked = form.check(body);
    if (!checked.ok) return;
    save.mutate(checked.data, {
      onSuccess: (updated) => {
        setValues(valuesOf(updated));
        setOpened(updated.updatedAt);
        setNotice("saved");
        announce(t("saved"));
      },
      onError: async (error) => {
        if (isApiError(error) && error.code === "edit_conflict") {
          // Someone saved since: show their values, and let the admin decide again.
          const latest = await queryClient.fetchQuery({ ...settingsQuery(), staleTime: 0 });
          setValues(valuesOf(latest));
          setOpened(latest.updatedAt);
          form.show(undefined);
          setNotice("conflict");
          announce(t("conflict"));
          return;
        }
        form.fail(error, body);
      },
    });
  };

  const field = (name: Field) => ({
    id: `settings-${name}`,
    name,
    label: t(name),
    hint: t(`${name}Hint`),
    value: values[name],
    error: form.fieldError(name),
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <form
      ref={form.formRef}
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="settings-form-title"
    >
      <h2 id="settings-form-title">{t("formTitle")}</h2>
      {settings.updatedAt === null && opened === null ? <Notice>{t("defaults")}</Notice> : null}
      {notice === "conflict" ? <Notice>{t("conflict")}</Notice> : null}
      {form.errors?.form ? (
        <FormAlert id="settings-error" ref={form.alertRef} title={t("failed")} message={form.errors.form} />
      ) : null}
      <TextField {...field("teamName")} maxLength={80} autoComplete="organization" />
      <TextField {...field("publicUrl")} type="url" inputMode="url" spellCheck={false} maxLength={300} />
      <TextField
        {...field("mailFromAddress")}
        type="email"
        inputMode="email"
        spellCheck={false}
        maxLength={254}
      />
      <TextAreaField {...field("emailFooter")} rows={4} maxLength={EMAIL_FOOTER_MAX} />
      <TextAreaField {...field("supportHoursText")} rows={2} maxLength={SUPPORT_HOURS_MAX} />
      {notice === "saved" ? <Notice tone="success">{t("saved")}</Notice> : null}
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t("saving") : t("save")}
        </button>
      </p>
    </form>
  );
}
