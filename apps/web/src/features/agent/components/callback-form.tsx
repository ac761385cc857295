import { createTicketSchema } from "@helpdesk/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { ticketKeys, useCreateTicket } from "../../tickets/api/tickets.queries.ts";
import { newIdempotencyKey } from "../../tickets/components/idempotency-key.ts";
import { ticketWording } from "../../tickets/components/ticket-form-wording.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

interface CallbackDraft {
  callerName: string;
  phone: string;
  email: string;
  reason: string;
  preferredTime: string;
}
const emptyDraft: CallbackDraft = { callerName: "", phone: "", email: "", reason: "", preferredTime: "" };

/** Each field's path in the request body, where its problems are found. */
const pathOf: Record<keyof CallbackDraft, string> = {
  callerName: "details.callerName",
  phone: "details.phone",
  email: "email",
  reason: "message",
  preferredTime: "details.preferredTime",
};
/** The subject is made from the caller's name: its problems show there. */
const alias = { subject: pathOf.callerName };

/**
 * The phone desk's quick form: who called, their number (and e-mail address if they want a
 * confirmation), why, and when to call back. Filed as a ticket in the `callback` category
 * (`POST /tickets`, channel phone), checked with the contract's `createTicketSchema` first; one
 * Idempotency-Key per request, so a double click files one.
 */
export function CallbackForm() {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const create = useCreateTicket();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(emptyDraft);
  const form = useContractForm({
    schema: createTicketSchema,
    fields: Object.values(pathOf),
    alias,
    ...ticketWording(tt),
  });
  const [saved, setSaved] = useState<string | undefined>();
  const idempotencyKey = useRef(newIdempotencyKey());

  const bodyOf = (): Record<string, unknown> => ({
    category: "callback",
    subject: t("callback.subject", { name: draft.callerName.trim() }),
    message: draft.reason,
    details: { callerName: draft.callerName, phone: draft.phone, preferredTime: draft.preferredTime },
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const body = bodyOf();
    const checked = form.check(body);
    if (!checked.ok) return;
    create.mutate(
      { body: checked.data, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (ticket) => {
          const message = t("callback.saved", { number: ticket.number, name: draft.callerName.trim() });
          setSaved(message);
          announce(message);
          setDraft(emptyDraft);
          idempotencyKey.current = newIdempotencyKey();
          // The new callback belongs in the list beside the form.
          void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
        },
        onError: (error) => form.fail(error, body),
      },
    );
  };

  const field = (name: keyof CallbackDraft) => ({
    id: `callback-${name}`,
    name,
    value: draft[name],
    error: form.fieldError(pathOf[name]),
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setDraft((previous) => ({ ...previous, [name]: value }));
    },
  });

  return (
    <form
      ref={form.formRef}
      className="callback-form"
      noValidate
      onSubmit={submit}
      aria-label={t("callback.title")}
    >
      {form.errors?.form ? (
        <FormAlert
          id="callback-error"
          ref={form.alertRef}
          title={tt("errors.title")}
          message={form.errors.form}
        />
      ) : null}
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      <TextField {...field("callerName")} label={t("callback.callerName")} autoComplete="off" required />
      <TextField
        {...field("phone")}
        label={t("callback.phone")}
        hint={t("callback.phoneHint")}
        type="tel"
        autoComplete="off"
        required
      />
      <TextField
        {...field("email")}
        label={t("callback.email")}
        hint={t("callback.emailHint")}
        type="email"
        autoComplete="off"
      />
      <TextAreaField {...field("reason")} label={t("callback.reason")} rows={4} required />
      <TextField
        {...field("preferredTime")}
        label={t("callback.preferredTime")}
        hint={t("callback.preferredTimeHint")}
        autoComplete="off"
        required
      />
      <button type="submit" className="button button--accent" disabled={create.isPending}>
        {create.isPending ? t("callback.submitting") : t("callback.submit")}
      </button>
    </form>
  );
}
