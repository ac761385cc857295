import type { Notification } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import {
  notificationListQuery,
  unreadCountQuery,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from "../api/notifications.queries.ts";
import { notificationsMessages } from "../i18n/notifications.messages.ts";
import "./notification-bell.css";

/**
 * The bell in the agent header: the unread count in its accessible name ("Meldingen, 3 ongelezen"),
 * and a panel with the latest notifications (a click opens the ticket and marks it read). The live
 * stream's `notification` frame reloads it (features/live/use-live-updates.ts).
 */
export function NotificationBell() {
  const t = useMessages(notificationsMessages);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const count = useQuery(unreadCountQuery()).data?.unreadCount ?? 0;

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-label={count > 0 ? t("bell.labelUnread", { count }) : t("bell.label")}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {count > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {count > 99 ? "99+" : count}
          </span>
        ) : null}
      </button>
      {open ? <NotificationPanel id={panelId} close={() => setOpen(false)} /> : null}
    </div>
  );
}

function NotificationPanel({ id, close }: { id: string; close: () => void }) {
  const t = useMessages(notificationsMessages);
  const { language } = useLanguage();
  const list = useQuery(notificationListQuery());
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  const headingId = `${id}-title`;

  const title = (item: Notification) => {
    const values = { actor: item.actorName ?? "", number: item.ticket.number };
    if (item.kind === "assigned" && !item.actorName) return t("kind.assignedBySystem", values);
    if (item.kind === "mentioned" && !item.actorName) return t("kind.mentionedBySystem", values);
    return t(`kind.${item.kind}`, values);
  };

  const openTicket = (item: Notification) => {
    if (!item.readAt) markRead.mutate(item.id);
    close();
    void navigate(`/agent/tickets/${item.ticket.id}`);
  };

  const items = list.data?.items ?? [];
  return (
    <section className="bell__panel" id={id} aria-labelledby={headingId}>
      <div className="bell__head">
        <h2 id={headingId} className="bell__title">
          {t("bell.title")}
        </h2>
        <button
          type="button"
          className="bell__action"
          onClick={() => markAll.mutate()}
          disabled={markAll.isPending || (list.data?.unreadCount ?? 0) === 0}
        >
          {t("bell.readAll")}
        </button>
      </div>
      {list.isPending ? <p className="bell__empty">{t("bell.loading")}</p> : null}
      {list.data && items.length === 0 ? <p className="bell__empty">{t("bell.empty")}</p> : null}
      {items.length > 0 ? (
        <ul className="bell__list">
          {items.map((item) => (
            <li key={item.id} className={item.readAt ? "bell__item" : "bell__item bell__item--unread"}>
              <Link
                to={`/agent/tickets/${item.ticket.id}`}
                className="bell__link"
                onClick={(event) => {
                  event.preventDefault();
                  openTicket(item);
                }}
              >
                {item.readAt ? null : <span className="visually-hidden">{t("bell.unread")}: </span>}
                <span className="bell__what">{title(item)}</span>
                <span className="bell__subject">{item.ticket.subject}</span>
                {item.excerpt ? <span className="bell__excerpt">{item.excerpt}</span> : null}
                <time className="bell__when" dateTime={item.createdAt}>
                  {formatDateTime(item.createdAt, language)}
                </time>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="bell__foot">
        <Link to="/agent/notification-preferences" onClick={close}>
          {t("bell.preferences")}
        </Link>
      </p>
    </section>
  );
}
