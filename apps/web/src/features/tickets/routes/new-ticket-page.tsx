import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { FaqSuggestions } from "../../faq/components/faq-suggestions.tsx";
import { useSuggestionEvents } from "../../faq/events/use-suggestion-events.ts";
import { publicSettingsQuery } from "../api/tickets.queries.ts";
import { NewTicketForm, type NewTicketFormProps } from "../components/new-ticket-form.tsx";
import { draftFromSearch } from "../components/ticket-draft.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import "./new-ticket-page.css";

/** When the team answers, as the admins wrote it; nothing while they have not. */
function SupportHours() {
  const t = useMessages(ticketsMessages);
  const settings = useQuery(publicSettingsQuery());
  const hours = settings.data?.supportHoursText;
  return hours ? <p className="support-hours">{t("newTicket.supportHours", { hours })}</p> : null;
}

interface Created {
  id: string;
  number: string;
  email: string | undefined;
}

/**
 * `/tickets/new`: anyone asks a question. Afterwards: the ticket number, and that a confirmation
 * e-mail with a link to the ticket is on its way (the thread is reached through that link).
 * `?category=…` (with `change`, `request` or `service`) fills the form in, for "request a change".
 */
export function NewTicketPage() {
  const t = useMessages(ticketsMessages);
  const auth = useAuth();
  const [search] = useSearchParams();
  const [created, setCreated] = useState<Created | undefined>();
  // A new form (and a new Idempotency-Key) for "ask another question".
  const [formKey, setFormKey] = useState(0);
  const customer = auth.status === "signedIn" && auth.user.role === "customer" ? auth.user : undefined;
  const sentRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (created) sentRef.current?.focus();
  }, [created]);

  return (
    <div className="page">
      <PageHeading title={t("newTicket.title")} />
      {created ? (
        <section className="ticket-sent" aria-labelledby="ticket-sent-title">
          <h2 id="ticket-sent-title" ref={sentRef} tabIndex={-1}>
            {t("newTicket.sentTitle")}
          </h2>
          <Notice tone="success">
            <strong>{t("newTicket.sentNumber", { number: created.number })}</strong>{" "}
            {created.email
              ? t("newTicket.sentEmail", { email: created.email })
              : t("newTicket.sentEmailSignedIn")}
          </Notice>
          <p className="actions">
            {customer ? (
              <Link className="button" to={`/tickets/${created.id}`}>
                {t("newTicket.viewTicket")}
              </Link>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setCreated(undefined);
                setFormKey((key) => key + 1);
              }}
            >
              {t("newTicket.another")}
            </button>
          </p>
        </section>
      ) : (
        <>
          <p className="lead">{t("newTicket.purpose")}</p>
          <SupportHours />
          <FormWithSuggestions
            key={formKey}
            customer={customer}
            onCreated={setCreated}
            // Only the first form of the visit is filled in; "ask another question" starts empty.
            initialDraft={formKey === 0 ? prefill(search, customer !== undefined) : undefined}
          />
        </>
      )}
    </div>
  );
}

/** One form session: the form, the FAQ suggestions beside it, and what they report. */
/** A guest has no services to name: a service in the link is for signed-in customers only. */
function prefill(search: URLSearchParams, signedIn: boolean) {
  const draft = draftFromSearch(search);
  return signedIn ? draft : { ...draft, serviceId: "" };
}

function FormWithSuggestions({ customer, onCreated, initialDraft }: Omit<NewTicketFormProps, "aside">) {
  const events = useSuggestionEvents();
  return (
    <NewTicketForm
      customer={customer}
      initialDraft={initialDraft}
      onCreated={(ticket) => {
        events.submitted();
        onCreated(ticket);
      }}
      aside={(draft) => <FaqSuggestions text={`${draft.subject} ${draft.message}`} events={events} />}
    />
  );
}
