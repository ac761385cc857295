import type { TicketStatus } from "@helpdesk/contracts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import "./status-badge.css";

/** A ticket's status as a coloured tag; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const t = useMessages(ticketsMessages);
  return (
    <span className={`status status--${status}`} data-status={status}>
      {t(`statuses.${status}`)}
    </span>
  );
}
