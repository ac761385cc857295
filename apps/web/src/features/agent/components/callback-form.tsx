import { type CreateTicket, createTicketSchema } from "@helpdesk/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { ticketKeys, useCreateTicket } from "../../tickets/api/tickets.queries.ts";
import { newIdempotencyKey } from "../../tickets/components/idempotency-key.ts";
import {
  describeTicketIssue,
  type TicketFormErrors,
  ticketErrorsFromApi,
  valueAt,
} from "../../tickets/components/ticket-form-errors.ts";
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

/** Request-body paths and the form field that shows their problem. */
const fieldOf: Record<string, keyof CallbackDraft> = {
  "details.callerName": "callerName",
  "details.phone": "phone",
  email: "email",
  message: "reason",
  subject: "callerName",
  "details.preferredTime": "preferredTime",
};
const knownFields = new Set(Object.keys(fieldOf));

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
  const [errors, setErrors] = useState<Partial<Record<keyof CallbackDraft, string>> & { form?: string }>();
  const [saved, setSaved] = useState<string | undefined>();
  const idempotencyKey = useRef(newIdempotencyKey());
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!errors) return;
    if (errors.form) alertRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const bodyOf = (): Record<string, unknown> => ({
    category: "callback",
    subject: t("callback.subject", { name: draft.callerName.trim() }),
    message: draft.reason,
    details: { callerName: draft.callerName, phone: draft.phone, preferredTime: draft.preferredTime },
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
  });

  const asFormErrors = (ticketErrors: TicketFormErrors) => {
    const byField: Partial<Record<keyof CallbackDraft, string>> & { form?: string } = {};
    for (const [path, message] of Object.entries(ticketErrors.fields)) {
      const field = fieldOf[path];
      if (field && !byField[field]) byField[field] = message;
    }
    if (ticketErrors.form) byField.form = ticketErrors.form;
    return byField;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const body = bodyOf();
    const result = createTicketSchema.safeParse(body);
    if (!result.success) {
      const fields: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.join(".");
        if (!knownFields.has(path) || fields[path]) continue;
        fields[path] = describeTicketIssue(tt, path, issue, valueAt(body, path));
      }
      setErrors(asFormErrors({ fields }));
      return;
    }
    setErrors(undefined);
    const checked: CreateTicket = result.data;
    create.mutate(
      { body: checked, idempotencyKey: idempotencyKey.current },
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
        onError: (error) => setErrors(asFormErrors(ticketErrorsFromApi(tt, error, body, knownFields))),
      },
    );
  };

  const field = (name: keyof CallbackDraft) => ({
    id: `callback-${name}`,
    name,
    value: draft[name],
    error: errors?.[name],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setDraft((previous) => ({ ...previous, [name]: value }));
    },
  });

  return (
    <form
      ref={formRef}
      className="callback-form"
      noValidate
      onSubmit={submit}
      aria-label={t("callback.title")}
    >
      {errors?.form ? (
        <FormAlert id="callback-error" ref={alertRef} title={tt("errors.title")} message={errors.form} />
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
