import { customerErasureRequestSchema, eraseCustomer } from "@helpdesk/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { isApiError, request } from "../../../lib/api-client.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { generalError, ticketWording } from "../../tickets/components/ticket-form-wording.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { customerErasureQuery } from "../api/erasure.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

/** Roles that erase customers (the API refuses the others). */
export const erasesCustomers = (role: string) => role === "admin" || role === "customer_service";

/**
 * Erasing a customer at their request (`POST /customers/{id}/erasure`): folded away, with what it
 * does said first, a reason for the record, and a button that says it is final. A customer erased
 * already shows when and why instead: erasing twice is not offered.
 */
export function CustomerErasureForm({ customerId }: { customerId: string }) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { language } = useLanguage();
  const erasure = useQuery(customerErasureQuery(customerId));
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | undefined>();
  const form = useContractForm({
    schema: customerErasureRequestSchema,
    fields: ["reason"],
    ...ticketWording(tt),
    describeFailure: (error: unknown) =>
      isApiError(error) && error.code === "billing_not_invoiced"
        ? t("ticket.erasureBillingOpen")
        : isApiError(error) && error.status === 409
          ? t("ticket.erasureAlready")
          : generalError(tt, error),
  });
  const erase = useMutation({
    mutationFn: (body: { reason: string }) => request(eraseCustomer, { params: { id: customerId }, body }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (erase.isPending) return;
    const body = { reason };
    const checked = form.check(body);
    if (!checked.ok) return;
    erase.mutate(checked.data, {
      onSuccess: (erasure) => {
        const message = t("ticket.erasureDone", {
          tickets: erasure.counts.tickets,
          attachments: erasure.counts.attachments,
        });
        setDone(message);
        announce(message);
        // Everything shown about this customer and their tickets changed.
        void queryClient.invalidateQueries();
      },
      onError: (error) => form.fail(error, body),
    });
  };

  if (done) return <Notice tone="success">{done}</Notice>;
  if (erasure.data) {
    const date = new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(
      new Date(erasure.data.erasedAt),
    );
    return <p className="erasure-done">{t("ticket.erasedOn", { date, reason: erasure.data.reason })}</p>;
  }
  if (erasure.isPending) return null;
  return (
    <details className="erasure-details">
      <summary>{t("ticket.erasureTitle")}</summary>
      <form ref={form.formRef} noValidate onSubmit={submit} aria-label={t("ticket.erasureTitle")}>
        <p className="access-log-intro">{t("ticket.erasureIntro")}</p>
        {form.errors?.form ? (
          <FormAlert
            id="erasure-error"
            ref={form.alertRef}
            title={tt("errors.title")}
            message={form.errors.form}
          />
        ) : null}
        <TextAreaField
          id="erasure-reason"
          name="reason"
          label={t("ticket.erasureReason")}
          hint={t("ticket.erasureReasonHint")}
          rows={2}
          required
          value={reason}
          error={form.fieldError("reason")}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button button--danger" disabled={erase.isPending}>
          {t("ticket.erasureSubmit")}
        </button>
      </form>
    </details>
  );
}
