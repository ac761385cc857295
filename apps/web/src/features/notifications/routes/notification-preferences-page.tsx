import {
  type Language,
  type NotificationKind,
  type NotificationPreferences,
  notificationKinds,
  notificationPreferencesSchema,
} from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { ChoiceGroup } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import {
  notificationPreferencesQuery,
  useUpdateNotificationPreferences,
} from "../api/notifications.queries.ts";
import { notificationsMessages } from "../i18n/notifications.messages.ts";
import "./notification-preferences-page.css";

/** `/agent/notification-preferences`: which notifications also come by e-mail, and in which language. */
export function NotificationPreferencesPage() {
  const t = useMessages(notificationsMessages);
  const preferences = useQuery(notificationPreferencesQuery());
  if (!preferences.data) return <LoadingPage />;
  return (
    <div className="page page--narrow">
      <PageHeading title={t("preferences.title")} />
      <p className="lead">{t("preferences.intro")}</p>
      <PreferencesForm initial={preferences.data} />
    </div>
  );
}

function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const t = useMessages(notificationsMessages);
  const announce = useAnnounce();
  const save = useUpdateNotificationPreferences();
  const [email, setEmail] = useState(initial.email);
  const [language, setLanguage] = useState<Language>(initial.language);
  const [saved, setSaved] = useState(false);
  const form = useContractForm({
    schema: notificationPreferencesSchema,
    fields: [...notificationKinds.map((kind) => `email.${kind}`), "language"],
    describe: () => t("preferences.invalid"),
    describeFailure: () => t("preferences.failed"),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const body = { email, language };
    const checked = form.check(body);
    if (!checked.ok) return;
    save.mutate(checked.data, {
      onSuccess: () => {
        setSaved(true);
        announce(t("preferences.saved"));
      },
      onError: (error) => form.fail(error, body),
    });
  };

  const toggle = (kind: NotificationKind, on: boolean) => setEmail((current) => ({ ...current, [kind]: on }));

  return (
    <form ref={form.formRef} className="form notification-preferences" noValidate onSubmit={submit}>
      {form.errors?.form ? (
        <FormAlert
          id="notification-preferences-error"
          ref={form.alertRef}
          title={t("preferences.failed")}
          message={form.errors.form}
        />
      ) : null}
      <fieldset className="notification-preferences__kinds">
        <legend className="field__label">{t("preferences.emailLegend")}</legend>
        {notificationKinds.map((kind) => (
          <div className="checkbox" key={kind}>
            <input
              type="checkbox"
              id={`notify-email-${kind}`}
              checked={email[kind]}
              onChange={(event) => toggle(kind, event.target.checked)}
            />
            <label htmlFor={`notify-email-${kind}`}>{t(`preferences.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      <ChoiceGroup
        id="notify-language"
        name="language"
        legend={t("preferences.language")}
        options={(["nl", "en"] as const).map((value) => ({
          value,
          label: t(`preferences.languages.${value}`),
        }))}
        value={language}
        onChange={(value) => setLanguage(value === "en" ? "en" : "nl")}
        error={form.fieldError("language")}
      />
      {saved ? <Notice tone="success">{t("preferences.saved")}</Notice> : null}
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t("preferences.save")}
        </button>
      </p>
    </form>
  );
}
