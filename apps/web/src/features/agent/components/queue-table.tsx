import type { ticketSummarySchema } from "@helpdesk/contracts";
import type { Ref } from "react";
import { Link } from "react-router";
import type { z } from "zod";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { StatusBadge } from "../../tickets/components/status-badge.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { ticketsMessages } from "../../tickets/i18n/tickets.messages.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import { DueBadge } from "./due-badge.tsx";
import "../../../components/data-table.css";
import "./queue-table.css";

type TicketSummary = z.infer<typeof ticketSummarySchema>;

interface QueueTableProps {
  caption: string;
  tickets: TicketSummary[];
  /** The rows' container, for keyboard navigation (see use-queue-keyboard.ts). */
  ref?: Ref<HTMLTableSectionElement>;
}

/** The queue's tickets, one row each; the subject links to the ticket (and is what j/k focus). */
export function QueueTable({ caption, tickets, ref }: QueueTableProps) {
  const t = useMessages(agentMessages);
  const tt = useMessages(ticketsMessages);
  const { language } = useLanguage();
  return (
    <div className="data-table-wrap">
      <table className="data-table queue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
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
              <tr key={ticket.id}>
                <td>
                  <Link to={`/agent/tickets/${ticket.id}`} data-queue-row>
                    <span className="queue-number">{ticket.number}</span> {ticket.subject}
                  </Link>
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
