import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { billingRateQuery, useSetRate } from "../api/billing.queries.ts";
import { formatEuro } from "../components/billing-format.ts";
import { billingMessages } from "../i18n/billing.messages.ts";

/** "25", "25,5", "25.50" -> 2550 cents; undefined for anything else. */
export function eurosToCents(text: string): number | undefined {
  const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** `/agent/admin/rate` (admins): the rate per started 15 minutes and its VAT. */
export function RatePage() {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const rate = useQuery(billingRateQuery());
  if (!rate.data) return <LoadingPage />;
  const current = rate.data.rate;
  return (
    <div className="page">
      <PageHeading title={t("rateScreen.title")} />
      <p className="lead">{t("rateScreen.intro")}</p>
      {current ? (
        <p data-testid="current-rate">
          {t("rateScreen.current", {
            rate: formatEuro(current.centsPerBlock, language),
            vat: current.vatPercent,
            date: new Date(current.setAt).toLocaleDateString(language === "nl" ? "nl-NL" : "en-GB"),
          })}
        </p>
      ) : (
        <Notice>{t("rateScreen.none")}</Notice>
      )}
      <RateForm
        key={current?.setAt ?? "none"}
        cents={current?.centsPerBlock ?? 2500}
        vatPercent={current?.vatPercent ?? 21}
      />
    </div>
  );
}

function RateForm({ cents, vatPercent }: { cents: number; vatPercent: number }) {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const save = useSetRate();
  const [euros, setEuros] = useState(
    language === "nl" ? (cents / 100).toFixed(2).replace(".", ",") : (cents / 100).toFixed(2),
  );
  const [vat, setVat] = useState(String(vatPercent));
  const [invalid, setInvalid] = useState<"euros" | "vat" | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const centsPerBlock = eurosToCents(euros);
    const vatValue = Number(vat);
    if (centsPerBlock === undefined || centsPerBlock < 1) return setInvalid("euros");
    if (!/^\d{1,3}$/.test(vat.trim()) || vatValue > 100) return setInvalid("vat");
    setInvalid(undefined);
    save.mutate(
      { centsPerBlock, vatPercent: vatValue },
      { onSuccess: () => announce(t("rateScreen.saved")) },
    );
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      {save.isError ? (
        <FormAlert id="rate-error" title={t("rateScreen.failed")} message={t("rateScreen.failed")} />
      ) : null}
      <TextField
        id="rate-euros"
        name="euros"
        inputMode="decimal"
        label={t("rateScreen.euros")}
        hint={t("rateScreen.eurosHint")}
        value={euros}
        onChange={(event) => setEuros(event.target.value)}
        error={invalid === "euros" ? t("rateScreen.invalidEuros") : undefined}
      />
      <TextField
        id="rate-vat"
        name="vatPercent"
        inputMode="numeric"
        label={t("rateScreen.vat")}
        value={vat}
        onChange={(event) => setVat(event.target.value)}
        error={invalid === "vat" ? t("rateScreen.invalidVat") : undefined}
      />
      <p className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t("rateScreen.save")}
        </button>
      </p>
      {save.isSuccess ? <p role="status">{t("rateScreen.saved")}</p> : null}
    </form>
  );
}
