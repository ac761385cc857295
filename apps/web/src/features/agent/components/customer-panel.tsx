import { type CustomerView, getCustomer, SCREEN_HEADER } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { request } from "../../../lib/api-client.ts";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { formatCalendarDay } from "../../tickets/components/ticket-format.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import { CustomerErasureForm, erasesCustomers } from "./customer-erasure-form.tsx";
import { PrivateDataAccessLog, readsAccessLog } from "./private-data-access-log.tsx";
import "./customer-panel.css";

/**
 * The requester's customer record, exactly as far as the signed-in role may see it: the API sends
 * the support view (contact and technical data) or the full view, and answers 404 to a role that may
 * see none; this panel shows whatever came, and says so when nothing may be shown.
 */
export function CustomerPanel({ customerId }: { customerId: string | null }) {
  const t = useMessages(agentMessages);
  const auth = useAuth();
  const customer = useQuery({
    queryKey: ["customers", customerId] as const,
    // The screen is named for the access log of private data (who saw an IBAN, and where).
    queryFn: ({ signal }) =>
      request(
        getCustomer,
        { params: { id: customerId ?? "" } },
        { signal, headers: { [SCREEN_HEADER]: "agent-ticket" } },
      ),
    enabled: customerId !== null,
    retry: false,
  });

  let content: ReactNode;
  if (customerId === null) content = <p>{t("ticket.customerNone")}</p>;
  else if (customer.isPending) content = <p>…</p>;
  else if (customer.isError) content = <p>{t("ticket.customerHidden")}</p>;
  else {
    const data = customer.data;
    const unknown = t("ticket.unknown");
    content = (
      <dl data-testid="customer-panel">
        <dt>{t("ticket.phone")}</dt>
        <dd>{data.phone ?? unknown}</dd>
        <dt>{t("ticket.language")}</dt>
        <dd>{t(`languages.${data.language}`)}</dd>
        <dt>{t("ticket.services")}</dt>
        <dd>
          {data.services.length === 0 ? (
            t("ticket.noServices")
          ) : (
            <ul className="plain-list">
              {data.services.map((service) => (
                <li key={service.id}>
                  {service.name} ({t(`services.kinds.${service.kind}`)},{" "}
                  {t(`sla.levels.${service.serviceLevel}`)}, {t(`services.periods.${service.billingPeriod}`)})
                </li>
              ))}
            </ul>
          )}
        </dd>
        {data.view === "full" ? <PrivateFields customer={data} /> : null}
      </dl>
    );
  }
  // Private-data tools show beside a full view, for the roles the API lets use them.
  const fullViewFor = (allowed: (role: string) => boolean) =>
    customer.data?.view === "full" && auth.status === "signedIn" && allowed(auth.user.role);

  return (
    <section className="panel" aria-labelledby="agent-customer-title">
      <h2 id="agent-customer-title">{t("ticket.customerTitle")}</h2>
      {content}
      {customerId && fullViewFor(readsAccessLog) ? <PrivateDataAccessLog customerId={customerId} /> : null}
      {customerId && fullViewFor(erasesCustomers) ? <CustomerErasureForm customerId={customerId} /> : null}
    </section>
  );
}

/** Address, bank account and birth date: only in a full view (the API sends them to no one else). */
export function PrivateFields({ customer }: { customer: Extract<CustomerView, { view: "full" }> }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const unknown = t("ticket.unknown");
  return (
    <>
      <dt>{t("ticket.postalAddress")}</dt>
      <dd>{customer.postalAddress ?? unknown}</dd>
      <dt>{t("ticket.iban")}</dt>
      <dd>{customer.iban ?? unknown}</dd>
      <dt>{t("ticket.dateOfBirth")}</dt>
      <dd>{customer.dateOfBirth ? formatCalendarDay(customer.dateOfBirth, language) : unknown}</dd>
    </>
  );
}
