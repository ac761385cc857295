import { listCustomerPrivateDataAccess, type PrivateDataAccess } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { request } from "../../../lib/api-client.ts";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

/** Roles that may read who was shown a customer's private data (the API refuses the others). */
export const readsAccessLog = (role: string) => role === "admin" || role === "customer_service";

/**
 * Who on the team was shown this customer's address, IBAN or date of birth, newest first: the last
 * 20 showings, loaded when opened (opening it shows no private data, so it is not logged itself).
 */
export function PrivateDataAccessLog({ customerId }: { customerId: string }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const log = useQuery({
    queryKey: ["customers", customerId, "private-data-access"] as const,
    queryFn: ({ signal }) =>
      request(
        listCustomerPrivateDataAccess,
        { params: { id: customerId }, query: { limit: 20 } },
        { signal },
      ),
    enabled: open,
  });

  const where = (entry: PrivateDataAccess) => {
    if (entry.screen === "agent-ticket") return t("ticket.accessLogScreenAgentTicket");
    if (entry.screen === "customer-search") return t("ticket.accessLogScreenCustomerSearch");
    return entry.source;
  };

  let content = <p>…</p>;
  if (log.isError) content = <p>{t("ticket.accessLogFailed")}</p>;
  else if (log.isSuccess && log.data.items.length === 0) content = <p>{t("ticket.accessLogEmpty")}</p>;
  else if (log.isSuccess)
    content = (
      <table className="access-log" data-testid="private-data-access-log">
        <thead>
          <tr>
            <th scope="col">{t("ticket.accessLogWhen")}</th>
            <th scope="col">{t("ticket.accessLogWho")}</th>
            <th scope="col">{t("ticket.accessLogWhere")}</th>
          </tr>
        </thead>
        <tbody>
          {log.data.items.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at, language)}</td>
              <td>
                {entry.staff.name ?? t("ticket.accessLogRemoved")}
                {entry.staff.role ? ` (${t(`roles.${entry.staff.role}`)})` : null}
              </td>
              <td>{where(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <details className="access-log-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("ticket.accessLogTitle")}</summary>
      <p className="access-log-intro">{t("ticket.accessLogIntro")}</p>
      {open ? content : null}
    </details>
  );
}
