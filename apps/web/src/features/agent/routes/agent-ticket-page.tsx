import {
  slaTargetNames,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
  type TicketView,
  ticketCategories,
  ticketPriorities,
  ticketStatuses,
  worksTickets,
} from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { useAnnounce } from "../../../components/announcer.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { FormAlert } from "../../../components/form-alert.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { AgreementPanel } from "../../billing/components/agreement-panel.tsx";
import { TimePanel } from "../../billing/components/time-panel.tsx";
import { TicketPresence } from "../../live/components/ticket-presence.tsx";
import { useTicketPresence } from "../../live/use-ticket-presence.ts";
import { StaffRatingSummary } from "../../ratings/components/staff-rating-summary.tsx";
import { LinksPanel } from "../../ticket-relations/components/links-panel.tsx";
import { MergePanel } from "../../ticket-relations/components/merge-panel.tsx";
import { SplitMessage } from "../../ticket-relations/components/split-message.tsx";
import { ticketRelationsMessages } from "../../ticket-relations/i18n/ticket-relations.messages.ts";
import { ticketEventsQuery, ticketQuery, useUpdateTicket } from "../../tickets/api/tickets.queries.ts";
import { AttachmentList } from "../../tickets/components/attachment-list.tsx";
import { ReplyForm } from "../../tickets/components/reply-form.tsx";
import { StatusBadge } from "../../tickets/components/status-badge.tsx";
import { describeDetails } from "../../tickets/components/ticket-details.ts";
import { formatDate, formatDateTime } from "../../tickets/components/ticket-format.ts";
import { TicketThread } from "../../tickets/components/ticket-thread.tsx";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { emailOriginalsQuery } from "../api/email-originals.queries.ts";
import { AssigneeField } from "../components/assignee-field.tsx";
import { CannedReplyPicker } from "../components/canned-reply-picker.tsx";
import { CustomerPanel } from "../components/customer-panel.tsx";
import { DueBadge } from "../components/due-badge.tsx";
import { EmailOriginal } from "../components/email-original.tsx";
import { FaqLinkPicker } from "../components/faq-link-picker.tsx";
import { SnoozePanel } from "../components/snooze-panel.tsx";
import { TicketHistory } from "../components/ticket-history.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./agent-ticket-page.css";

/** Where each target's due time is in the ticket's `sla`. */
const dueField = {
  first_response: "firstResponseDueAt",
  next_response: "nextResponseDueAt",
  resolution: "resolutionDueAt",
} as const;

type CallbackTicket = Extract<TicketView, { view: "callback" }>;

/**
 * The phone desk's view of a callback request it filed: only what it entered (the subject, the
 * callback details, its own messages) and the status; the API sends nothing more.
 */
function CallbackTicketView({ ticket }: { ticket: CallbackTicket }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const auth = useAuth();
  const myName = auth.status === "signedIn" ? auth.user.name : "";
  return (
    <div className="page page--wide">
      <p>
        <Link to="/agent">← {t("callback.listTitle")}</Link>
      </p>
      <PageHeading title={ticket.subject} documentTitle={`${ticket.number} ${ticket.subject}`} />
      <p className="ticket-meta">
        <StatusBadge status={ticket.status} audience="staff" /> {ticket.number} ·{" "}
        {formatDate(ticket.createdAt, language)}
      </p>
      <div className="agent-ticket">
        <section aria-labelledby="agent-thread-title">
          <h2 id="agent-thread-title">{t("ticket.threadTitle")}</h2>
          <TicketThread
            ticketId={ticket.id}
            messages={ticket.messages.map((message) => ({
              id: message.id,
              authorName: myName,
              from: "team",
              internal: false,
              body: message.body,
              createdAt: message.createdAt,
              attachments: message.attachments,
            }))}
          />
        </section>
        <section className="panel" aria-labelledby="agent-details-title">
          <h2 id="agent-details-title">{t("ticket.details")}</h2>
          <dl>
            {describeDetails(language, ticket.details).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}

/**
 * `/agent/tickets/:id`: one ticket for staff. The thread with internal notes set apart, a reply or
 * note, the ticket's status, priority, category and assignee (any colleague, or "take over"), the
 * requester as this role may see them, attachments, and the history of every change.
 */
export function AgentTicketPage({ id }: { id: string }) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const tr = useMessages(ticketRelationsMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const auth = useAuth();
  // The phone desk files callbacks and reads them; changing a ticket is for those who work the queue.
  const canWorkTickets = auth.status !== "signedIn" || worksTickets(auth.user.role);
  const ticket = useQuery(ticketQuery(id));
  const events = useQuery(ticketEventsQuery(id));
  const originals = useQuery({ ...emailOriginalsQuery(id), enabled: canWorkTickets });
  const update = useUpdateTicket(id);
  const presence = useTicketPresence(id, canWorkTickets);

  if (ticket.isPending) return <LoadingPage />;
  if (ticket.isSuccess && ticket.data.view === "callback") return <CallbackTicketView ticket={ticket.data} />;
  if (ticket.isError || ticket.data.view !== "staff") {
    const notFound = isApiError(ticket.error) && [400, 404].includes(ticket.error.status);
    return (
      <div className="page">
        <PageHeading title={notFound ? tt("ticket.notFoundTitle") : t("ticket.failed")} />
        <p className="lead">{notFound ? t("ticket.notFound") : t("ticket.failed")}</p>
        <p>
          <Link to="/agent">{t("ticket.back")}</Link>
        </p>
      </div>
    );
  }

  const data = ticket.data;
  /** The e-mail a message came in as, when it did. */
  const emailOriginalOf = (messageId: string) => {
    const original = originals.data?.find((candidate) => candidate.messageId === messageId);
    return original ? <EmailOriginal ticketId={data.id} original={original} /> : null;
  };
  // What the customer asked last, with the subject: the FAQ link picker starts with its suggestions.
  const customerMessage = data.messages.findLast(
    (message) => message.author.type === "customer" && !message.internal,
  );
  const customerText = `${data.subject} ${customerMessage?.body ?? ""}`;
  const me = auth.status === "signedIn" ? auth.user : undefined;
  // Sent with the version on screen: a change made after someone else's is refused, not applied over it.
  const change = (patch: Parameters<typeof update.mutate>[0], message = t("ticket.saved")) =>
    update.mutate({ ...patch, expectedUpdatedAt: data.updatedAt }, { onSuccess: () => announce(message) });
  const updateError = update.error;
  const staleEdit = isApiError(updateError) && updateError.code === "edit_conflict";
  const reload = () => {
    update.reset();
    void ticket.refetch();
    void events.refetch();
  };
  // A later public message may become a ticket of its own (the first one is the ticket's question).
  const firstMessageId = data.messages[0]?.id;
  const splittable = (message: (typeof data.messages)[number]) =>
    canWorkTickets && data.status !== "closed" && !message.internal && message.id !== firstMessageId;

  return (
    <div className="page page--wide">
      <p>
        <Link to="/agent">← {canWorkTickets ? t("ticket.back") : t("callback.listTitle")}</Link>
      </p>
      <PageHeading title={data.subject} documentTitle={`${data.number} ${data.subject}`} />
      <p className="ticket-meta">
        <StatusBadge status={data.status} audience="staff" />{" "}
        {t("ticket.meta", {
          number: data.number,
          channel: t(`ticket.channels.${data.channel}`),
          date: formatDate(data.createdAt, language),
        })}{" "}
        <DueBadge sla={data.sla} />
        {data.followUpOf ? (
          <>
            {" · "}
            <Link to={`/agent/tickets/${data.followUpOf.id}`}>
              {t("ticket.followUpOf", { number: data.followUpOf.number })}
            </Link>
          </>
        ) : null}
      </p>
      {data.mergedInto ? (
        <Notice>
          {tr("merged.staff", { number: data.mergedInto.number })}{" "}
          <Link to={`/agent/tickets/${data.mergedInto.id}`}>
            {tr("merged.open", { number: data.mergedInto.number })}
          </Link>
        </Notice>
      ) : null}

      <TicketPresence viewers={presence.viewers} />
      <div className="agent-ticket">
        <div>
          <section aria-labelledby="agent-thread-title">
            <h2 id="agent-thread-title">{t("ticket.threadTitle")}</h2>
            <TicketThread
              ticketId={data.id}
              internalLabel={t("ticket.internalNote")}
              messages={data.messages.map((message) => ({
                id: message.id,
                authorName: message.author.name,
                from: message.author.type === "staff" ? "team" : "customer",
                internal: message.internal,
                body: message.body,
                createdAt: message.createdAt,
                attachments: message.attachments,
                footer: (
                  <>
                    {emailOriginalOf(message.id)}
                    {splittable(message) ? <SplitMessage ticketId={data.id} messageId={message.id} /> : null}
                  </>
                ),
              }))}
            />
          </section>
          <ReplyForm
            ticketId={data.id}
            lastMessageId={data.messages.at(-1)?.id ?? null}
            onTyping={presence.typed}
            onSent={presence.sent}
            internalChoice={{
              legend: t("ticket.replyKind"),
              reply: t("ticket.replyToCustomer"),
              note: t("ticket.note"),
            }}
            tools={(insert) => (
              <>
                {canWorkTickets ? (
                  <CannedReplyPicker
                    ticketId={data.id}
                    onInsert={insert}
                    onApply={(actions) => change(actions)}
                  />
                ) : null}
                <FaqLinkPicker onInsert={insert} customerText={customerText} />
              </>
            )}
            labels={{
              title: t("ticket.replyTitle"),
              field: t("ticket.replyField"),
              note: t("ticket.noteField"),
              submit: t("ticket.send"),
              sent: t("ticket.sent"),
            }}
          />
        </div>

        <div>
          {canWorkTickets ? (
            <section className="panel" aria-labelledby="agent-properties-title">
              <h2 id="agent-properties-title">{t("ticket.propertiesTitle")}</h2>
              {updateError && staleEdit ? (
                <div className="relation-confirm" role="alert">
                  <p>{tr("conflict.message")}</p>
                  <p>
                    <button type="button" className="button" onClick={reload}>
                      {tr("conflict.reload")}
                    </button>
                  </p>
                </div>
              ) : updateError ? (
                <FormAlert
                  id="agent-update-error"
                  title={tt("errors.title")}
                  message={
                    isApiError(updateError) && updateError.status === 409
                      ? t("ticket.conflict", { detail: updateError.detail ?? "" })
                      : tt("errors.unexpected")
                  }
                />
              ) : null}
              <SelectField
                id="agent-status"
                name="status"
                label={tt("list.status")}
                value={data.status}
                onChange={(event) => change({ status: event.target.value as TicketStatus })}
                options={ticketStatuses.map((status) => ({
                  value: status,
                  label: tt(`staffStatuses.${status}`),
                }))}
              />
              <SelectField
                id="agent-priority"
                name="priority"
                label={t("queue.priority")}
                value={data.priority}
                onChange={(event) => change({ priority: event.target.value as TicketPriority })}
                options={ticketPriorities.map((priority) => ({
                  value: priority,
                  label: tt(`priorities.${priority}`),
                }))}
              />
              <SelectField
                id="agent-category"
                name="category"
                label={t("queue.category")}
                value={data.category}
                onChange={(event) => change({ category: event.target.value as TicketCategory })}
                options={ticketCategories.map((category) => ({
                  value: category,
                  label: tt(`categories.${category}`),
                }))}
              />
              <AssigneeField
                assignee={data.assignee}
                onAssign={(assigneeId, announcement) => change({ assigneeId }, announcement)}
              />
              {me && data.assignee?.id !== me.id ? (
                <p>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-disabled={update.isPending || undefined}
                    onClick={() => !update.isPending && change({ assigneeId: me.id }, t("ticket.tookOver"))}
                  >
                    {t("ticket.takeOver")}
                  </button>
                </p>
              ) : null}
            </section>
          ) : null}

          {canWorkTickets ? <SnoozePanel ticketId={data.id} snoozedUntil={data.snoozedUntil} /> : null}

          {canWorkTickets ? (
            <section className="panel" aria-labelledby="agent-sla-title" data-testid="sla-panel">
              <h2 id="agent-sla-title">{t("sla.level")}</h2>
              <p>
                {data.sla.level ? t(`sla.levels.${data.sla.level}`) : t("sla.none")}{" "}
                <DueBadge sla={data.sla} />
              </p>
              <ul className="plain-list">
                {slaTargetNames.map((target) => {
                  const due = data.sla[dueField[target]];
                  return due ? (
                    <li key={target}>
                      {t("sla.dueAt", {
                        target: t(`sla.targets.${target}`),
                        time: formatDateTime(due, language),
                      })}
                      {data.sla.breached.includes(target) ? (
                        <span className="flag flag--danger">{t("sla.breached")}</span>
                      ) : null}
                    </li>
                  ) : null;
                })}
              </ul>
            </section>
          ) : null}

          {canWorkTickets && data.status !== "closed" ? <MergePanel ticket={data} /> : null}
          {canWorkTickets ? <LinksPanel ticketId={data.id} /> : null}

          {canWorkTickets ? <TimePanel ticketId={data.id} totals={data.billing} /> : null}
          {/* Only billing records agreements (the API answers 404 to other roles). */}
          {auth.status === "signedIn" && auth.user.role === "billing" ? (
            <AgreementPanel ticketId={data.id} />
          ) : null}

          <section className="panel" aria-labelledby="agent-requester-title">
            <h2 id="agent-requester-title">{t("ticket.requesterTitle")}</h2>
            <dl>
              <dt>{t("ticket.name")}</dt>
              <dd>{data.requester.name}</dd>
              <dt>{t("ticket.email")}</dt>
              <dd>{data.requester.email ?? t("ticket.noEmail")}</dd>
              <dt>{t("ticket.verified")}</dt>
              <dd>
                {data.requester.verified ? (
                  t("ticket.yes")
                ) : (
                  <span className="flag">{t("ticket.notVerified")}</span>
                )}
              </dd>
            </dl>
            {Object.keys(data.details).length > 0 ? (
              <>
                <h3>{t("ticket.details")}</h3>
                <dl>
                  {describeDetails(language, data.details).map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </section>

          <StaffRatingSummary
            ticketId={data.id}
            solved={data.status === "solved" || data.status === "closed"}
          />

          <CustomerPanel customerId={data.requester.customerId} />

          {data.attachments.length > 0 ? (
            <section className="panel" aria-labelledby="agent-attachments-title">
              <h2 id="agent-attachments-title">{t("ticket.attachments")}</h2>
              <AttachmentList ticketId={data.id} attachments={data.attachments} />
            </section>
          ) : null}

          <section className="panel" aria-labelledby="agent-history-title">
            <h2 id="agent-history-title">{t("ticket.historyTitle")}</h2>
            {events.data ? <TicketHistory events={events.data.items} /> : <p>…</p>}
          </section>
        </div>
      </div>
    </div>
  );
}
