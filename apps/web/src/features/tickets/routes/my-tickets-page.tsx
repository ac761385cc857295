import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { SelectField } from "../../../components/fields.tsx";
import { LoadMoreButton } from "../../../components/load-more-button.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { DataExportRequest } from "../../account/components/data-export-request.tsx";
import { RequireSignIn } from "../../auth/components/require-sign-in.tsx";
import { ticketListQuery } from "../api/tickets.queries.ts";
import { StatusBadge } from "../components/status-badge.tsx";
import { generalError } from "../components/ticket-form-wording.ts";
import { formatDateTime } from "../components/ticket-format.ts";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import "./my-tickets-page.css";

/** The customer's filters, as the API's status lists. */
const filters = {
  all: undefined,
  active: "new,open,pending,on_hold",
  waiting: "pending",
  done: "solved,closed",
} as const;
type Filter = keyof typeof filters;
const isFilter = (value: string | null): value is Filter => value !== null && value in filters;

/** `/tickets`: a signed-in customer's tickets, newest activity first, filtered by status. */
/** A customer's list has `updatedAt`; the phone desk's summaries (never shown here) do not. */
const updatedAt = (ticket: { createdAt: string; updatedAt?: string }) => ticket.updatedAt ?? ticket.createdAt;

export function MyTicketsPage() {
  return <RequireSignIn>{(user) => <MyTickets customer={user.role === "customer"} />}</RequireSignIn>;
}

/** `customer`: the signed-in user is a customer, who can also download their own data here. */
function MyTickets({ customer }: { customer: boolean }) {
  const t = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const requested = search.get("status");
  const filter: Filter = isFilter(requested) ? requested : "all";
  const tickets = useInfiniteQuery(ticketListQuery({ status: filters[filter] }));
  const items = tickets.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="page">
      <PageHeading title={t("list.title")} />
      <p className="lead">{t("list.purpose")}</p>
      <div className="toolbar">
        <SelectField
          id="tickets-filter"
          name="status"
          label={t("list.filterLabel")}
          value={filter}
          onChange={(event) => {
            const next = event.target.value;
            // Not as a transition: the select shows the choice at once (see the agent queue).
            setSearch(next === "all" ? {} : { status: next }, { replace: true, flushSync: true });
          }}
          options={[
            { value: "all", label: t("list.filterAll") },
            { value: "active", label: t("list.filterActive") },
            { value: "waiting", label: t("list.filterWaiting") },
            { value: "done", label: t("list.filterDone") },
          ]}
        />
        <Link className="button button--accent" to="/tickets/new">
          {t("list.newTicket")}
        </Link>
      </div>
      {tickets.isPending ? (
        <LoadingPage />
      ) : tickets.isError ? (
        <p role="alert">{generalError(t, tickets.error)}</p>
      ) : items.length === 0 ? (
        <p>{filter === "all" ? t("list.empty") : t("list.emptyFiltered")}</p>
      ) : (
        <>
          <ul className="ticket-list" aria-label={t("list.title")}>
            {items.map((ticket) => (
              <li key={ticket.id} className="ticket-row">
                <Link className="ticket-row__link" to={`/tickets/${ticket.id}`}>
                  <span className="ticket-row__subject">{ticket.subject}</span>
                </Link>
                <span className="ticket-row__meta">
                  <StatusBadge status={ticket.status} /> <span>{ticket.number}</span> ·{" "}
                  <span>
                    {t("list.updated")}:{" "}
                    <time dateTime={updatedAt(ticket)}>{formatDateTime(updatedAt(ticket), language)}</time>
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <p className="visually-hidden" role="status">
            {t("list.count", { count: items.length })}
          </p>
          <LoadMoreButton query={tickets} label={t("list.more")} loadingLabel={t("list.loadingMore")} />
        </>
      )}
      {customer ? <DataExportRequest /> : null}
    </div>
  );
}
