import type { TicketViewer, ticketSummarySchema } from "@helpdesk/contracts";
import type { Ref } from "react";
import { Link } from "react-router";
import type { z } from "zod";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { liveMessages } from "../../live/i18n/live.messages.ts";
import { StatusBadge } from "../../tickets/components/status-badge.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import { DueBadge } from "./due-badge.tsx";
import "../../../components/data-table.css";
import "./queue-table.css";

type TicketSummary = z.infer<typeof ticketSummarySchema>;

/** Which tickets are ticked for a bulk change. */
export interface QueueSelection {
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  toggleAll: (ids: string[], on: boolean) => void;
}

interface QueueTableProps {
  caption: string;
  tickets: TicketSummary[];
  selection: QueueSelection;
  /** Less padding and a smaller text: more tickets on the screen. */
  compact?: boolean;
  /** Colleagues who have a ticket open now, by ticket id. */
  presence?: ReadonlyMap<string, readonly TicketViewer[]>;
  /** The rows' container, for keyboard navigation (see use-queue-keyboard.ts). */
  ref?: Ref<HTMLTableSectionElement>;
}

/** The queue's tickets, one row each; the subject links to the ticket (and is what j/k focus). */
export function QueueTable({ caption, tickets, selection, compact = false, presence, ref }: QueueTableProps) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const { language } = useLanguage();
  const ids = tickets.map((ticket) => ticket.id);
  const allSelected = ids.length > 0 && ids.every((id) => selection.selected.has(id));
  return (
    <div className="data-table-wrap">
      <table className={compact ? "data-table queue-table queue-table--compact" : "data-table queue-table"}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="queue-table__select">
              <input
                type="checkbox"
                aria-label={t("bulk.selectAll")}
                checked={allSelected}
                onChange={(event) => selection.toggleAll(ids, event.target.checked)}
              />
            </th>
            <th scope="col">{t("queue.subject")}</th>
            <th scope="col">{t("sla.due")}</th>
            <th scope="col">{t("queue.requester")}</th>
            <th scope="col">{t("queue.status")}</th>
            <th scope="col">{t("queue.priority")}</th>
            <th scope="col">{t("queue.category")}</th>
            <th scope="col">{t("queue.assignee")}</th>
            <th scope="col">{t("queue.updated")}</th>
          </tr>
        </thead>
        <tbody ref={ref}>
          {tickets.map((ticket) =>
            ticket.view === "staff" ? (
              <tr key={ticket.id} className={selection.selected.has(ticket.id) ? "is-selected" : undefined}>
                <td className="queue-table__select">
                  <input
                    type="checkbox"
                    aria-label={t("bulk.selectOne", { number: ticket.number, subject: ticket.subject })}
                    checked={selection.selected.has(ticket.id)}
                    onChange={(event) => selection.toggle(ticket.id, event.target.checked)}
                  />
                </td>
                <td>
                  <Link to={`/agent/tickets/${ticket.id}`} data-queue-row>
                    <span className="queue-number">{ticket.number}</span> {ticket.subject}
                  </Link>
                  <ViewersNote viewers={presence?.get(ticket.id)} />
                </td>
                <td>
                  <DueBadge sla={ticket.sla} />
                </td>
                <td>
                  {ticket.requester.name}
                  {ticket.requester.verified ? null : <span className="flag">{t("queue.notVerified")}</span>}
                </td>
                <td>
                  <StatusBadge status={ticket.status} audience="staff" />
                  {ticket.snoozedUntil ? (
                    <span className="flag">
                      {t("queue.snoozedUntil", { time: formatDateTime(ticket.snoozedUntil, language) })}
                    </span>
                  ) : null}
                </td>
                <td>{tt(`priorities.${ticket.priority}`)}</td>
                <td>{tt(`categories.${ticket.category}`)}</td>
                <td>{ticket.assignee?.name ?? t("queue.nobody")}</td>
                <td>
                  <time dateTime={ticket.updatedAt}>{formatDateTime(ticket.updatedAt, language)}</time>
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </div>
  );
}

/** "Dirk typt…" or "Dirk, Eva bekijkt" under a ticket that colleagues have open. */
function ViewersNote({ viewers }: { viewers: readonly TicketViewer[] | undefined }) {
  const say = useMessages(liveMessages);
  if (!viewers || viewers.length === 0) return null;
  const typing = viewers.filter((viewer) => viewer.typing);
  const names = (list: readonly TicketViewer[]) => list.map((viewer) => viewer.name).join(", ");
  return (
    <span className={typing.length > 0 ? "queue-presence queue-presence--typing" : "queue-presence"}>
      {typing.length > 0
        ? say("presence.typingInQueue", { names: names(typing) })
        : say("presence.inQueue", { names: names(viewers) })}
    </span>
  );
}
