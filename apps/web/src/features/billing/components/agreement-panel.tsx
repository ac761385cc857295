import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useRecordAgreement } from "../api/billing.queries.ts";
import { billingMessages } from "../i18n/billing.messages.ts";
import "./billing.css";

/** In the agent's ticket view, for billing: record that billable work was agreed otherwise. */
export function AgreementPanel({ ticketId }: { ticketId: string }) {
  const t = useMessages(billingMessages);
  const announce = useAnnounce();
  const record = useRecordAgreement(ticketId);
  const [reason, setReason] = useState("");
  const [cap, setCap] = useState("");
  const [invalid, setInvalid] = useState<"reason" | "cap" | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const capBlocks = cap.trim() === "" ? undefined : Number(cap);
    if (reason.trim().length < 3) return setInvalid("reason");
    if (capBlocks !== undefined && (!Number.isInteger(capBlocks) || capBlocks < 1 || capBlocks > 1000))
      return setInvalid("cap");
    setInvalid(undefined);
    record.mutate(
      { reason: reason.trim(), ...(capBlocks ? { capBlocks } : {}) },
      {
        onSuccess: () => {
          setReason("");
          setCap("");
          announce(t("agreement.saved"));
        },
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="agreement-title" data-testid="agreement-panel">
      <h2 id="agreement-title">{t("agreement.title")}</h2>
      <p>{t("agreement.intro")}</p>
      <form className="form" noValidate onSubmit={submit}>
        {record.isError ? (
          <FormAlert id="agreement-error" title={t("agreement.failed")} message={t("agreement.failed")} />
        ) : null}
        <TextAreaField
          id="agreement-reason"
          name="reason"
          rows={3}
          maxLength={1000}
          label={t("agreement.reason")}
          hint={t("agreement.reasonHint")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={invalid === "reason" ? t("agreement.invalidReason") : undefined}
        />
        <TextField
          id="agreement-cap"
          name="capBlocks"
          inputMode="numeric"
          label={t("agreement.cap")}
          value={cap}
          onChange={(event) => setCap(event.target.value)}
          error={invalid === "cap" ? t("agreement.invalidCap") : undefined}
        />
        <p className="form__actions">
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={record.isPending || undefined}
          >
            {t("agreement.save")}
          </button>
        </p>
        {record.isSuccess ? <p role="status">{t("agreement.saved")}</p> : null}
      </form>
    </section>
  );
}
