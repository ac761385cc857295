import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { reviewLinkSettingQuery, useUpdateReviewLink } from "../api/ratings.queries.ts";
import { ratingsMessages } from "../i18n/ratings.messages.ts";

/** `/agent/admin/review` (admins): the public review page a good rating offers. */
export function ReviewLinkSettingsPage() {
  const t = useMessages(ratingsMessages);
  const setting = useQuery(reviewLinkSettingQuery());
  if (!setting.data) return <LoadingPage />;
  return (
    <div className="page">
      <PageHeading title={t("settingsTitle")} />
      <p className="lead">{t("settingsIntro")}</p>
      <ReviewLinkForm key={setting.data.url} url={setting.data.url} isDefault={setting.data.isDefault} />
    </div>
  );
}

function ReviewLinkForm({ url, isDefault }: { url: string; isDefault: boolean }) {
  const t = useMessages(ratingsMessages);
  const announce = useAnnounce();
  const update = useUpdateReviewLink();
  const [value, setValue] = useState(url);
  const [error, setError] = useState<string | undefined>();
  const save = (next: string | null) =>
    update.mutate(next, {
      onSuccess: () => announce(t("settingsSaved")),
      onError: () => setError(t("settingsInvalid")),
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (!/^https:\/\/\S+$/.test(trimmed)) return setError(t("settingsInvalid"));
    setError(undefined);
    save(trimmed);
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {isDefault ? <Notice>{t("settingsDefault")}</Notice> : null}
      <TextField
        id="review-url"
        name="url"
        type="url"
        inputMode="url"
        spellCheck={false}
        label={t("settingsUrl")}
        hint={t("settingsUrlHint")}
        value={value}
        maxLength={500}
        onChange={(event) => setValue(event.target.value)}
        error={error}
      />
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          {t("settingsSave")}
        </button>{" "}
        {isDefault ? null : (
          <button type="button" className="button button--secondary" onClick={() => save(null)}>
            {t("settingsReset")}
          </button>
        )}
      </p>
    </form>
  );
}
