import {
  billingPeriodSchema,
  type CustomerView,
  type UpdateCustomerBilling,
  updateCustomerBillingSchema,
} from "@helpdesk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import type { FieldIssue } from "../../../lib/forms/field-issues.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { changeCustomerBilling, customerKeys } from "../api/customers.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

type FullView = Extract<CustomerView, { view: "full" }>;

/** Billing only (the API refuses everyone else): billing periods and IBAN, with a reason for the trail. */
export const changesBilling = (role: string) => role === "billing";

/** A submit this soon after a save is the second click of a double click. */
const DOUBLE_CLICK_MS = 1_000;

/**
 * `PATCH /customers/:id/billing`. The IBAN is sent only when it was edited, so a record with an old
 * number the check digits reject can still have its billing period changed.
 */
export function CustomerBillingForm({ customer }: { customer: FullView }) {
  const t = useMessages(agentMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [iban, setIban] = useState(customer.iban ?? "");
  const [periods, setPeriods] = useState<Record<string, string>>(() =>
    Object.fromEntries(customer.services.map((service) => [service.id, service.billingPeriod])),
  );
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState(false);
  const fields = [
    "reason",
    "iban",
    ...customer.services.flatMap((_, index) => [`services.${index}.billingPeriod`, `services.${index}.id`]),
  ];
  const form = useContractForm({
    schema: updateCustomerBillingSchema,
    fields,
    alias: Object.fromEntries(
      customer.services.map((_, index) => [`services.${index}.id`, `services.${index}.billingPeriod`]),
    ),
    describe: (issue: FieldIssue) => {
      if (issue.path === "reason") return t("customers.errors.reason");
      if (issue.path === "iban") return t("customers.errors.iban");
      if (issue.path.startsWith("services.")) return t("customers.errors.service");
      return t("customers.errors.other");
    },
    describeFailure: () => t("customers.billingFailed"),
  });
  const save = useMutation({
    mutationFn: (body: UpdateCustomerBilling) => changeCustomerBilling(customer.id, body),
  });
  // A double click sends once: the second click comes before the render that disables the button,
  // or (on a fast answer) just after the save, when it would find the reason emptied.
  const sending = useRef(false);
  const savedAt = useRef(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current || Date.now() - savedAt.current < DOUBLE_CLICK_MS) return;
    const ibanEdited = iban.trim() !== (customer.iban ?? "");
    const body = {
      reason,
      ...(ibanEdited ? { iban: iban.trim() === "" ? null : iban } : {}),
      services: customer.services.map((service) => ({ id: service.id, billingPeriod: periods[service.id] })),
    };
    const checked = form.check(body);
    if (!checked.ok) return;
    sending.current = true;
    setSaved(false);
    save.mutate(checked.data, {
      onSettled: () => {
        sending.current = false;
      },
      onSuccess: () => {
        savedAt.current = Date.now();
        setReason("");
        setSaved(true);
        announce(t("customers.saved"));
        void queryClient.invalidateQueries({ queryKey: customerKeys.one(customer.id) });
        void queryClient.invalidateQueries({ queryKey: customerKeys.events(customer.id) });
      },
      onError: (error) => form.fail(error, body),
    });
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={submit}
      aria-labelledby="customer-billing-title"
      className="panel"
    >
      <h2 id="customer-billing-title">{t("customers.billingTitle")}</h2>
      <p>{t("customers.billingIntro")}</p>
      {form.errors?.form ? (
        <FormAlert
          id="customer-billing-error"
          ref={form.alertRef}
          title={t("customers.billingFailed")}
          message={form.errors.form}
        />
      ) : null}
      {customer.services.map((service, index) => (
        <SelectField
          key={service.id}
          id={`customer-period-${service.id}`}
          name={`services.${index}.billingPeriod`}
          label={t("customers.periodOf", { service: service.name })}
          value={periods[service.id] ?? service.billingPeriod}
          onChange={(event) => setPeriods((current) => ({ ...current, [service.id]: event.target.value }))}
          options={billingPeriodSchema.options.map((period) => ({
            value: period,
            label: t(`services.periods.${period}`),
          }))}
          error={form.fieldError(`services.${index}.billingPeriod`)}
        />
      ))}
      <TextField
        id="customer-iban"
        name="iban"
        autoComplete="off"
        label={t("customers.ibanLabel")}
        hint={t("customers.ibanHint")}
        value={iban}
        onChange={(event) => setIban(event.target.value)}
        error={form.fieldError("iban")}
      />
      <TextAreaField
        id="customer-billing-reason"
        name="reason"
        rows={3}
        maxLength={500}
        label={t("customers.reason")}
        hint={t("customers.reasonHint")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.fieldError("reason")}
      />
      {saved ? <Notice tone="success">{t("customers.saved")}</Notice> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t("customers.saving") : t("customers.save")}
      </button>
    </form>
  );
}
