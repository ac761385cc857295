import {
  type CreateTicket,
  createTicketSchema,
  type TicketCategory,
  ticketCategories,
  type User,
} from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { ChoiceGroup, SelectField, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { ownCustomerQuery, useCreateTicket } from "../api/tickets.queries.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import { newIdempotencyKey } from "./idempotency-key.ts";
import { StagedFileField } from "./staged-file-field.tsx";
import {
  describeTicketIssue,
  type TicketFormErrors,
  ticketErrorsFromApi,
  valueAt,
} from "./ticket-form-errors.ts";
import { useStagedFiles } from "./use-staged-files.ts";
import "../../../components/notice.css";
import "./new-ticket-form.css";

type Details = Record<string, string>;

export interface TicketDraft {
  category: TicketCategory | undefined;
  /** One of a signed-in customer's own services, or "". */
  serviceId: string;
  details: Details;
  subject: string;
  message: string;
  email: string;
  name: string;
}

const emptyDraft: TicketDraft = {
  category: undefined,
  serviceId: "",
  details: {},
  subject: "",
  message: "",
  email: "",
  name: "",
};

/** Every field the form shows somewhere, by its path in the body (for the API's field errors). */
const knownFields = new Set([
  "category",
  "serviceId",
  "subject",
  "message",
  "email",
  "name",
  ...[
    "change",
    "request",
    "cancel",
    "serviceName",
    "requestedEndDate",
    "kind",
    "affectedService",
    "preferredDate",
    "timeSlot",
    "callerName",
    "phone",
    "preferredTime",
  ].map((field) => `details.${field}`),
]);

/** The request body from the draft: only the chosen category's details, blanks left out. */
function bodyOf(draft: TicketDraft, askContact: boolean, attachments: string[]): Record<string, unknown> {
  const details = Object.fromEntries(
    Object.entries(draft.details).filter(([, value]) => value.trim() !== ""),
  );
  const body: Record<string, unknown> = {
    category: draft.category,
    details,
    subject: draft.subject,
    message: draft.message,
  };
  if (draft.serviceId) body.serviceId = draft.serviceId;
  if (attachments.length > 0) body.attachments = attachments;
  if (askContact) {
    if (draft.email.trim()) body.email = draft.email;
    if (draft.name.trim()) body.name = draft.name;
  }
  return body;
}

export interface NewTicketFormProps {
  /** Signed in as a customer: the ticket is theirs, no address or name asked. */
  customer: User | undefined;
  onCreated: (ticket: { id: string; number: string; email: string | undefined }) => void;
  /** Beside the question fields: the FAQ suggestions for what is being typed. */
  aside?: (draft: TicketDraft) => ReactNode;
}

/**
 * Category first, then the fields that category needs, then the question (with files, uploaded as
 * they are chosen); guests also give their address and name. Checked with the contract's
 * `createTicketSchema` before sending; the API's own field errors land next to their fields. One
 * Idempotency-Key per form session: a double submit or a retry after a lost answer files one ticket.
 */
export function NewTicketForm({ customer, onCreated, aside }: NewTicketFormProps) {
  const t = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const [draft, setDraft] = useState<TicketDraft>(emptyDraft);
  const [errors, setErrors] = useState<TicketFormErrors | undefined>();
  const idempotencyKey = useRef(newIdempotencyKey());
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const create = useCreateTicket();
  const files = useStagedFiles({ onUploaded: (name) => announce(t("ticket.uploaded", { name })) });
  const askContact = customer === undefined;
  // A customer's own hosting packages and domains, to say which one the question is about.
  const services = useQuery({ ...ownCustomerQuery(customer?.id ?? ""), enabled: customer !== undefined });
  const ownServices = customer ? (services.data?.services ?? []) : [];

  useEffect(() => {
    if (!errors) return;
    if (errors.form) alertRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = (patch: Partial<TicketDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const setDetail = (field: string) => (value: string) =>
    setDraft((previous) => ({ ...previous, details: { ...previous.details, [field]: value } }));
  const fieldError = (path: string) => errors?.fields[path];

  const validate = (): { ok: true; body: CreateTicket } | { ok: false; errors: TicketFormErrors } => {
    const body = bodyOf(draft, askContact, files.tokens);
    const fields: Record<string, string> = {};
    // Without a category the union cannot tell which details apply: check the rest as "other".
    if (!draft.category) fields.category = t("errors.choose");
    const result = createTicketSchema.safeParse(
      draft.category ? body : { ...body, category: "other", details: {} },
    );
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.join(".");
        if (!knownFields.has(path) || fields[path]) continue;
        fields[path] = describeTicketIssue(t, path, issue, valueAt(body, path));
      }
    }
    if (askContact) {
      if (!draft.email.trim()) fields.email = t("errors.required");
      if (!draft.name.trim()) fields.name = t("errors.required");
    }
    if (Object.keys(fields).length > 0 || !result.success) return { ok: false, errors: { fields } };
    return { ok: true, body: result.data };
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    if (files.uploading) return setErrors({ fields: { files: t("ticket.waitForUploads") } });
    const checked = validate();
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(undefined);
    const sent = checked.body.attachments ?? [];
    create.mutate(
      { body: checked.body, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (ticket) => {
          announce(t("newTicket.sentAnnouncement", { number: ticket.number }));
          onCreated({ id: ticket.id, number: ticket.number, email: checked.body.email });
        },
        onError: (error) =>
          setErrors(
            files.refusedBy(error, sent)
              ? { fields: { files: t("ticket.chooseAgain") } }
              : ticketErrorsFromApi(t, error, bodyOf(draft, askContact, sent), knownFields),
          ),
      },
    );
  };

  const categoryOptions = ticketCategories.map((category) => ({
    value: category,
    label: t(`categories.${category}`),
    hint: t(`categoryHints.${category}`),
  }));

  return (
    <form
      ref={formRef}
      className="ticket-form"
      noValidate
      onSubmit={submit}
      aria-label={t("newTicket.title")}
    >
      {errors?.form ? (
        <FormAlert id="new-ticket-error" ref={alertRef} title={t("errors.title")} message={errors.form} />
      ) : null}
      <section className="form">
        <ChoiceGroup
          id="ticket-category"
          name="category"
          legend={t("newTicket.categoryLegend")}
          options={categoryOptions}
          value={draft.category}
          onChange={(category) => set({ category: category as TicketCategory, details: {} })}
          error={fieldError("category")}
        />
      </section>

      {draft.category && draft.category !== "other" ? (
        <section className="form" aria-labelledby="ticket-details-title">
          <h2 id="ticket-details-title">{t("newTicket.detailsLegend")}</h2>
          <CategoryFields
            category={draft.category}
            details={draft.details}
            setDetail={setDetail}
            error={(field) => fieldError(`details.${field}`)}
          />
        </section>
      ) : null}

      <div className="ticket-form__question">
        <section className="form" aria-labelledby="ticket-about-title">
          <h2 id="ticket-about-title">{t("newTicket.aboutLegend")}</h2>
          {ownServices.length > 0 ? (
            <SelectField
              id="ticket-service"
              name="serviceId"
              label={t("newTicket.service")}
              value={draft.serviceId}
              onChange={(event) => {
                const serviceId = event.target.value;
                const service = ownServices.find((item) => item.id === serviceId);
                setDraft((previous) => ({
                  ...previous,
                  serviceId,
                  // A cancellation names what ends: the chosen service, unless typed already.
                  details:
                    service && previous.category === "cancellation" && !previous.details.serviceName
                      ? { ...previous.details, serviceName: service.name }
                      : previous.details,
                }));
              }}
              placeholder={t("newTicket.noService")}
              options={ownServices.map((service) => ({
                value: service.id,
                label: `${service.name} (${t(`newTicket.serviceKinds.${service.kind}`)})`,
              }))}
              error={fieldError("serviceId")}
            />
          ) : null}
          <TextField
            id="ticket-subject"
            name="subject"
            label={t("newTicket.subject")}
            hint={t("newTicket.subjectHint")}
            value={draft.subject}
            onChange={(event) => set({ subject: event.target.value })}
            maxLength={200}
            error={fieldError("subject")}
          />
          <TextAreaField
            id="ticket-message"
            name="message"
            label={t("newTicket.message")}
            hint={t("newTicket.messageHint")}
            rows={8}
            value={draft.message}
            onChange={(event) => set({ message: event.target.value })}
            error={fieldError("message")}
          />
          <StagedFileField
            id="ticket-files"
            label={t("newTicket.attachLabel")}
            hint={t("newTicket.attachHint")}
            files={files}
            error={fieldError("files")}
          />
        </section>
        {/* FAQ SUGGESTIONS SLOT: articles that may answer the question, beside the message field. */}
        {aside ? <div className="ticket-form__aside">{aside(draft)}</div> : null}
      </div>

      <section className="form" aria-labelledby="ticket-contact-title">
        <h2 id="ticket-contact-title">{t("newTicket.contactLegend")}</h2>
        {askContact ? (
          <>
            <p className="field__hint">{t("newTicket.contactHint")}</p>
            <TextField
              id="ticket-email"
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              label={t("newTicket.email")}
              value={draft.email}
              onChange={(event) => set({ email: event.target.value })}
              error={fieldError("email")}
            />
            <TextField
              id="ticket-name"
              name="name"
              autoComplete="name"
              label={t("newTicket.name")}
              value={draft.name}
              onChange={(event) => set({ name: event.target.value })}
              error={fieldError("name")}
            />
          </>
        ) : (
          <p>{t("newTicket.signedInAs", { name: customer.name, email: customer.email })}</p>
        )}
        <p className="form__actions">
          <button
            type="submit"
            className="button button--accent"
            aria-disabled={create.isPending || files.uploading || undefined}
          >
            {create.isPending ? t("newTicket.submitting") : t("newTicket.submit")}
          </button>
        </p>
      </section>
    </form>
  );
}

interface CategoryFieldsProps {
  category: Exclude<TicketCategory, "other">;
  details: Details;
  setDetail: (field: string) => (value: string) => void;
  error: (field: string) => string | undefined;
}

/** The fields one category needs, as the contract's per-category details schemas describe them. */
function CategoryFields({ category, details, setDetail, error }: CategoryFieldsProps) {
  const t = useMessages(ticketsMessages);
  const text = (
    field: string,
    label: string,
    extra: { hint?: string; type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      id={`ticket-${field}`}
      name={field}
      label={label}
      hint={extra.hint}
      type={extra.type ?? "text"}
      autoComplete={extra.autoComplete}
      value={details[field] ?? ""}
      onChange={(event) => setDetail(field)(event.target.value)}
      error={error(field)}
    />
  );
  const choice = (field: string, legend: string, options: Record<string, string>) => (
    <ChoiceGroup
      id={`ticket-${field}`}
      name={field}
      legend={legend}
      options={Object.entries(options).map(([value, label]) => ({ value, label }))}
      value={details[field]}
      onChange={setDetail(field)}
      error={error(field)}
    />
  );
  const select = (field: string, label: string, options: Record<string, string>) => (
    <SelectField
      id={`ticket-${field}`}
      name={field}
      label={label}
      placeholder="—"
      options={Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel }))}
      value={details[field] ?? ""}
      onChange={(event) => setDetail(field)(event.target.value)}
      error={error(field)}
    />
  );

  switch (category) {
    case "administrative":
      return select("change", t("newTicket.change"), {
        contact_details: t("options.administrative.contact_details"),
        postal_address: t("options.administrative.postal_address"),
        email_address: t("options.administrative.email_address"),
        other: t("options.administrative.other"),
      });
    case "billing":
      return select("request", t("newTicket.billingRequest"), {
        direct_debit: t("options.billing.direct_debit"),
        iban_change: t("options.billing.iban_change"),
        yearly_billing: t("options.billing.yearly_billing"),
        invoice_question: t("options.billing.invoice_question"),
        other: t("options.billing.other"),
      });
    case "cancellation":
      return (
        <>
          <div className="notice" id="cancellation-policy">
            <span className="notice__label">{t("newTicket.cancellationPolicyTitle")}</span>
            <p className="notice__text">{t("newTicket.cancellationPolicy")}</p>
          </div>
          {choice("cancel", t("newTicket.cancel"), {
            hosting: t("options.cancel.hosting"),
            domain: t("options.cancel.domain"),
            hosting_and_domain: t("options.cancel.hosting_and_domain"),
          })}
          {text("serviceName", t("newTicket.serviceName"), { hint: t("newTicket.serviceNameHint") })}
          {text("requestedEndDate", t("newTicket.requestedEndDate"), { type: "date" })}
        </>
      );
    case "technical":
      return (
        <>
          {choice("kind", t("newTicket.kind"), {
            problem: t("options.kind.problem"),
            outage: t("options.kind.outage"),
          })}
          {text("affectedService", t("newTicket.affectedService"), {
            hint: t("newTicket.affectedServiceHint"),
          })}
        </>
      );
    case "remote_support":
      return (
        <>
          {text("preferredDate", t("newTicket.preferredDate"), { type: "date" })}
          {choice("timeSlot", t("newTicket.timeSlot"), {
            morning: t("options.timeSlot.morning"),
            afternoon: t("options.timeSlot.afternoon"),
            evening: t("options.timeSlot.evening"),
          })}
        </>
      );
    case "callback":
      return (
        <>
          {text("callerName", t("newTicket.callerName"), { autoComplete: "name" })}
          {text("phone", t("newTicket.phone"), { type: "tel", autoComplete: "tel" })}
          {text("preferredTime", t("newTicket.preferredTime"), { hint: t("newTicket.preferredTimeHint") })}
        </>
      );
  }
}
