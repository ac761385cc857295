import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { ticketListQuery } from "../../tickets/api/tickets.queries.ts";
import { StatusBadge } from "../../tickets/components/status-badge.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { CallbackForm } from "../components/callback-form.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./callback-page.css";

/**
 * `/agent/callbacks` (and `/agent` for the phone desk): the callback-request form, and the callback
 * requests. The API decides which: the phone desk sees only the ones it filed itself.
 */
export function CallbackPage() {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const auth = useAuth();
  const phoneDesk = auth.status === "signedIn" && auth.user.role === "phone_desk";
  const callbacks = useInfiniteQuery(ticketListQuery({ category: "callback", sort: "newest" }));
  const items = (callbacks.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (item) => item.view === "staff" || item.view === "callback",
  );
  const listTitle = phoneDesk ? t("callback.listTitle") : t("callback.listTitleAll");

  return (
    <div className="page callback-page">
      <PageHeading title={t("callback.title")} />
      <p className="lead">{t("callback.purpose")}</p>
      <div className="callback-page__layout">
        <CallbackForm />
        <section aria-labelledby="callback-list-title" className="callback-page__list">
          <h2 id="callback-list-title">{listTitle}</h2>
          {callbacks.isPending ? (
            <p role="status">…</p>
          ) : callbacks.isError ? (
            <p role="status">{t("callback.listFailed")}</p>
          ) : items.length === 0 ? (
            <p role="status">{t("callback.listEmpty")}</p>
          ) : (
            <ul className="callback-list" aria-label={listTitle}>
              {items.map((item) => (
                <li key={item.id} className="callback-list__item">
                  <Link to={`/agent/tickets/${item.id}`}>
                    {item.number} · {item.subject}
                  </Link>
                  <span className="callback-list__meta">
                    <StatusBadge status={item.status} audience="staff" />{" "}
                    {formatDateTime(item.createdAt, language)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
