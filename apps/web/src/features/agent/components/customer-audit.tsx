import { useQuery } from "@tanstack/react-query";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { customerEventsQuery } from "../api/customers.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";

/** The roles the API shows a customer's audit trail to (the ones that see the whole record). */
export const readsCustomerAudit = (role: string) => ["admin", "customer_service", "billing"].includes(role);

/** `GET /customers/:id/events`: who changed what on the record, and why; newest first. */
export function CustomerAudit({ customerId }: { customerId: string }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const events = useQuery(customerEventsQuery(customerId));
  let content = <p>…</p>;
  if (events.isError) content = <p role="alert">{t("customers.auditFailed")}</p>;
  else if (events.data?.items.length === 0) content = <p>{t("customers.noAudit")}</p>;
  else if (events.data)
    content = (
      <ul className="customer-audit" data-testid="customer-audit">
        {events.data.items.map((event) => {
          const date = formatDateTime(event.createdAt, language);
          return (
            <li key={event.id}>
              <ul className="plain-list">
                {event.changes.map((change) => (
                  <li key={change.field === "iban" ? "iban" : change.serviceId}>
                    {change.field === "iban"
                      ? t(`customers.ibanChange.${change.change}`)
                      : t("customers.periodChange", {
                          service: change.serviceName,
                          from: t(`services.periods.${change.before}`),
                          to: t(`services.periods.${change.after}`),
                        })}
                  </li>
                ))}
              </ul>
              <span>{t("customers.auditReason", { reason: event.reason })}</span>
              <span className="customer-audit__meta">
                {event.actor
                  ? t("customers.auditBy", { name: event.actor.name, date })
                  : t("customers.auditNobody", { date })}
              </span>
            </li>
          );
        })}
      </ul>
    );
  return (
    <section className="panel" aria-labelledby="customer-audit-title">
      <h2 id="customer-audit-title">{t("customers.auditTitle")}</h2>
      {content}
    </section>
  );
}
