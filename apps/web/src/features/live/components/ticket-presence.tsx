import type { TicketViewer } from "@helpdesk/contracts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { liveMessages } from "../i18n/live.messages.ts";
import "./ticket-presence.css";

/** Who else has this ticket open, and who of them is typing a reply (a polite live region). */
export function TicketPresence({ viewers }: { viewers: readonly TicketViewer[] }) {
  const t = useMessages(liveMessages);
  return (
    <div className="ticket-presence" role="status" aria-live="polite" data-testid="ticket-presence">
      {viewers.length === 0 ? null : (
        <ul className="ticket-presence__list" aria-label={t("presence.label")}>
          {viewers.map((viewer) => (
            <li key={viewer.staffId} className={viewer.typing ? "ticket-presence__typing" : undefined}>
              {t(viewer.typing ? "presence.typing" : "presence.viewing", { name: viewer.name })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
