import type { TicketStatus } from "@helpdesk/contracts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { ticketsMessages } from "../i18n/tickets.messages.ts";
import "./status-badge.css";

/**
 * A ticket's status as a coloured tag; the colour only repeats what the text says. Staff read the
 * desk's words for it ("waiting on customer"), customers their own ("waiting for your reply").
 */
export function StatusBadge({
  status,
  audience = "customer",
}: {
  status: TicketStatus;
  audience?: "customer" | "staff";
}) {
  const t = useMessages(ticketsMessages);
  return (
    <span className={`status status--${status}`} data-status={status}>
      {t(audience === "staff" ? `staffStatuses.${status}` : `statuses.${status}`)}
    </span>
  );
}
