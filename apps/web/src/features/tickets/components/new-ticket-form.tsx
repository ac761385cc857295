import { createTicketSchema, type TicketCategory, ticketCategories, type User } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { useAnnounce } from "../../../components/announcer.tsx";
import { ChoiceGroup, SelectField, TextAreaField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { limitsOf } from "../../../lib/forms/schema-limits.ts";
import { useContractForm } from "../../../lib/forms/use-contract-form.ts";
import { ownCustomerQuery, useCreateTicket } from "../api/tickets.queries.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import { CategoryFields } from "./category-fields.tsx";
import { newIdempotencyKey } from "./idempotency-key.ts";
import { StagedFileField } from "./staged-file-field.tsx";
import { bodyOf, emptyDraft, type TicketDraft, ticketFormFields } from "./ticket-draft.ts";
import { ticketWording } from "./ticket-form-wording.ts";
import { stagedFileLimits, useStagedFiles } from "./use-staged-files.ts";
import "../../../components/notice.css";
import "./new-ticket-form.css";

export type { TicketDraft } from "./ticket-draft.ts";

const subjectLimits = limitsOf(createTicketSchema, "subject");

export interface NewTicketFormProps {
  /** Signed in as a customer: the ticket is theirs, no address or name asked. */
  customer: User | undefined;
  onCreated: (ticket: { id: string; number: string; email: string | undefined }) => void;
  /** Beside the question fields: the FAQ suggestions for what is being typed. */
  aside?: (draft: TicketDraft) => ReactNode;
  /** Filled in from a "request a change" link; the customer still reads and sends it. */
  initialDraft?: TicketDraft | undefined;
}

/**
 * Category first, then the fields that category needs, then the question (with files, uploaded as
 * they are chosen); guests also give their address and name. Checked with the contract's
 * `createTicketSchema` before sending; the API's own field errors land next to their fields. One
 * Idempotency-Key per form session: a double submit or a retry after a lost answer files one ticket.
 */
export function NewTicketForm({ customer, onCreated, aside, initialDraft }: NewTicketFormProps) {
  const t = useMessages(ticketsMessages);
  const announce = useAnnounce();
  const [draft, setDraft] = useState<TicketDraft>(initialDraft ?? emptyDraft);
  const form = useContractForm({ schema: createTicketSchema, fields: ticketFormFields, ...ticketWording(t) });
  const idempotencyKey = useRef(newIdempotencyKey());
  const create = useCreateTicket();
  const files = useStagedFiles({ onUploaded: (name) => announce(t("ticket.uploaded", { name })) });
  const askContact = customer === undefined;
  // A customer's own hosting packages and domains, to say which one the question is about.
  const services = useQuery({ ...ownCustomerQuery(customer?.id ?? ""), enabled: customer !== undefined });
  const ownServices = customer ? (services.data?.services ?? []) : [];

  const set = (patch: Partial<TicketDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const setDetail = (field: string) => (value: string) =>
    setDraft((previous) => ({ ...previous, details: { ...previous.details, [field]: value } }));
  const { fieldError } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    if (files.uploading) return form.show({ fields: { files: t("ticket.waitForUploads") } });
    const body = bodyOf(draft, askContact, files.tokens);
    // Problems the schema cannot see: no category chosen, and a guest's address and name (optional
    // for signed-in callers, so optional in the contract).
    const found: Record<string, string> = {};
    if (!draft.category) found.category = t("errors.choose");
    if (askContact && !draft.email.trim()) found.email = t("errors.required");
    if (askContact && !draft.name.trim()) found.name = t("errors.required");
    // Without a category the union cannot tell which details apply: check the rest as "other".
    const checked = form.check(draft.category ? body : { ...body, category: "other", details: {} }, found);
    if (!checked.ok) return;
    const sent = checked.data.attachments ?? [];
    create.mutate(
      { body: checked.data, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (ticket) => {
          announce(t("newTicket.sentAnnouncement", { number: ticket.number }));
          onCreated({ id: ticket.id, number: ticket.number, email: checked.data.email });
        },
        onError: (error) =>
          files.refusedBy(error, sent)
            ? form.show({ fields: { files: t("ticket.chooseAgain") } })
            : form.fail(error, body),
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
      ref={form.formRef}
      className="ticket-form"
      noValidate
      onSubmit={submit}
      aria-label={t("newTicket.title")}
    >
      {form.errors?.form ? (
        <FormAlert
          id="new-ticket-error"
          ref={form.alertRef}
          title={t("errors.title")}
          message={form.errors.form}
        />
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
            maxLength={subjectLimits.max}
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
            hint={t("newTicket.attachHint", stagedFileLimits)}
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
