import { type CustomerStatusMove, customerStatusMoves, describeResponsePromise } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, Navigate, useParams } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { TicketAppointmentCard } from "../../appointments/components/ticket-appointment-card.tsx";
import { RequireSignIn } from "../../auth/components/require-sign-in.tsx";
import { isStaff } from "../../auth/session/auth-context.tsx";
import { TicketBillingCard } from "../../billing/components/ticket-billing-card.tsx";
import { RatingPanel } from "../../ratings/components/rating-panel.tsx";
import { ticketQuery, useUpdateTicket } from "../api/tickets.queries.ts";
import { AttachmentList } from "../components/attachment-list.tsx";
import { ReplyForm } from "../components/reply-form.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { generalError } from "../components/ticket-form-wording.ts";
import { formatDate } from "../components/ticket-format.ts";
import { TicketThread } from "../components/ticket-thread.tsx";
import { ticketsMessages } from "../i18n/tickets.messages.ts";

/** `/tickets/:id`: a customer's ticket, reached from the e-mailed link. Staff go to the workspace. */
export function TicketPage() {
  const { id = "" } = useParams();
  return (
    <RequireSignIn>
      {(user) =>
        isStaff(user) ? <Navigate to={`/agent/tickets/${id}`} replace /> : <CustomerTicket id={id} />
      }
    </RequireSignIn>
  );
}

function CustomerTicket({ id }: { id: string }) {
  const t = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const ticket = useQuery(ticketQuery(id));
  const update = useUpdateTicket(id);
  const [followUp, setFollowUp] = useState<{ id: string; number: string } | undefined>();

  if (ticket.isPending) return <LoadingPage />;
  if (ticket.isError || ticket.data.view !== "customer") {
    const notFound = isApiError(ticket.error) && (ticket.error.status === 404 || ticket.error.status === 400);
    return (
      <div className="page">
        <PageHeading title={notFound ? t("ticket.notFoundTitle") : t("errors.title")} />
        <p className="lead">{notFound ? t("ticket.notFoundText") : generalError(t, ticket.error)}</p>
        <p>
          <Link to="/tickets">{t("ticket.backToList")}</Link>
        </p>
      </div>
    );
  }

  const data = ticket.data;
  // What a customer may do with their ticket's status: close it, or reopen it (the contracts' moves).
  const moves: readonly CustomerStatusMove[] = customerStatusMoves[data.status];
  const move = (to: CustomerStatusMove) =>
    update.mutate(
      { status: to },
      { onSuccess: () => announce(to === "closed" ? t("ticket.closed") : t("ticket.reopened")) },
    );

  return (
    <div className="page ticket-page">
      <PageHeading title={data.subject} documentTitle={t("ticket.documentTitle", { number: data.number })} />
      <p className="ticket-meta">
        <StatusBadge status={data.status} />{" "}
        <span>
          {t("ticket.meta", {
            number: data.number,
            category: t(`categories.${data.category}`),
            date: formatDate(data.createdAt, language),
          })}
        </span>
      </p>
      <p className="ticket-promise">
        <span>{t("ticket.serviceLevel", { level: t(`serviceLevels.${data.serviceLevel}`) })}</span>
        {data.expectedResponseBy && data.responseTarget ? (
          <>
            {" · "}
            <strong>
              {describeResponsePromise(
                {
                  dueAt: data.expectedResponseBy,
                  guaranteed: data.responseGuaranteed,
                  minutes: data.responseTarget.minutes,
                  clock: data.responseTarget.clock,
                },
                language,
              )}
            </strong>
          </>
        ) : null}
      </p>
      {data.mergedInto ? (
        <Notice>
          {t("ticket.mergedInto", { number: data.mergedInto.number })}{" "}
          <Link to={`/tickets/${data.mergedInto.id}`}>
            {t("ticket.openMerged", { number: data.mergedInto.number })}
          </Link>
        </Notice>
      ) : null}
      {data.followUpOf ? (
        <p>
          <Link to={`/tickets/${data.followUpOf.id}`}>
            {t("ticket.followUpOf", { number: data.followUpOf.number })}
          </Link>
        </p>
      ) : null}
      {followUp ? (
        <Notice tone="success">
          {t("ticket.followUpCreated", { number: followUp.number })}{" "}
          <Link to={`/tickets/${followUp.id}`}>{t("ticket.openFollowUp", { number: followUp.number })}</Link>
        </Notice>
      ) : null}

      {moves.length > 0 ? (
        <p className="actions">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className="button button--secondary"
              aria-disabled={update.isPending || undefined}
              onClick={() => !update.isPending && move(to)}
            >
              {to === "closed" ? t("ticket.close") : t("ticket.reopen")}
            </button>
          ))}
        </p>
      ) : null}
      {update.isError ? (
        <FormAlert
          id="ticket-status-error"
          title={t("errors.title")}
          message={generalError(t, update.error)}
        />
      ) : null}

      {data.category === "remote_support" ? <TicketAppointmentCard ticketId={data.id} /> : null}
      {/* A merged question is answered (and rated) in the ticket it was merged into. */}
      {data.mergedInto ? null : <RatingPanel ticketId={data.id} status={data.status} />}
      <TicketBillingCard ticketId={data.id} />

      {/* A merged ticket's messages moved with it: no empty conversation under the pointer. */}
      {data.mergedInto && data.messages.length === 0 && data.attachments.length === 0 ? null : (
        <section aria-labelledby="thread-title">
          <h2 id="thread-title">{t("ticket.threadTitle")}</h2>
          <TicketThread
            ticketId={data.id}
            messages={data.messages.map((message) => ({
              id: message.id,
              authorName: message.author.type === "team" ? message.author.name : t("ticket.you"),
              from: message.author.type,
              internal: false,
              body: message.body,
              createdAt: message.createdAt,
              attachments: message.attachments,
            }))}
          />
          {data.attachments.length > 0 ? (
            <>
              <h3>{t("ticket.attachments")}</h3>
              <AttachmentList ticketId={data.id} attachments={data.attachments} />
            </>
          ) : null}
        </section>
      )}

      {/* A merged question goes on in the ticket it was merged into: the reply box is there. */}
      {data.mergedInto ? null : (
        <>
          {data.status === "closed" ? <Notice>{t("ticket.closedNotice")}</Notice> : null}
          <ReplyForm
            ticketId={data.id}
            onSent={(result) => {
              if (result.followUp) setFollowUp(result.followUp);
            }}
          />
        </>
      )}
    </div>
  );
}
