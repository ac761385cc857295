import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { StatusBadge } from "../../tickets/components/status-badge.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { customerQuery, customerTicketsQuery } from "../api/customers.queries.ts";
import { CustomerAudit, readsCustomerAudit } from "../components/customer-audit.tsx";
import { CustomerBillingForm, changesBilling } from "../components/customer-billing-form.tsx";
import { PrivateFields } from "../components/customer-panel.tsx";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./customers-page.css";

/**
 * `/agent/customers/:id`: a customer's record exactly as far as the signed-in role may see it (the
 * API leaves the private columns out of an agent's query), their services, tickets and the trail of
 * changes; billing changes billing periods and the IBAN here.
 */
export function CustomerPage({ id }: { id: string }) {
  const t = useMessages(agentMessages);
  const auth = useAuth();
  const role = auth.status === "signedIn" ? auth.user.role : "";
  const customer = useQuery(customerQuery(id));
  if (customer.isPending) return <LoadingPage />;
  if (customer.isError)
    return (
      <div className="page">
        <PageHeading title={t("customers.title")} />
        <p role="alert">{t("customers.hidden")}</p>
        <Link to="/agent/customers">{t("customers.back")}</Link>
      </div>
    );
  const data = customer.data;
  const unknown = t("ticket.unknown");
  return (
    <div className="page page--wide customer-page">
      <PageHeading title={t("customers.pageTitle", { name: data.name })} />
      <p>
        <Link to="/agent/customers">{t("customers.back")}</Link>
      </p>
      <div className="customer-page__grid">
        <section className="panel" aria-labelledby="customer-contact-title">
          <h2 id="customer-contact-title">{t("customers.contact")}</h2>
          <dl data-testid="customer-contact">
            <dt>{t("customers.email")}</dt>
            <dd>{data.email}</dd>
            <dt>{t("ticket.phone")}</dt>
            <dd>{data.phone ?? unknown}</dd>
            <dt>{t("ticket.language")}</dt>
            <dd>{t(`languages.${data.language}`)}</dd>
          </dl>
        </section>
        {data.view === "full" ? (
          <section className="panel" aria-labelledby="customer-private-title">
            <h2 id="customer-private-title">{t("customers.privateTitle")}</h2>
            <p>{t("customers.privateNote")}</p>
            <dl data-testid="customer-private">
              <PrivateFields customer={data} />
            </dl>
          </section>
        ) : null}
      </div>
      <section aria-labelledby="customer-services-title">
        <h2 id="customer-services-title">{t("customers.servicesTitle")}</h2>
        {data.services.length === 0 ? (
          <p>{t("ticket.noServices")}</p>
        ) : (
          <table className="customers-table" data-testid="customer-services">
            <thead>
              <tr>
                <th scope="col">{t("customers.services")}</th>
                <th scope="col">{t("customers.kind")}</th>
                <th scope="col">{t("customers.level")}</th>
                <th scope="col">{t("customers.period")}</th>
              </tr>
            </thead>
            <tbody>
              {data.services.map((service) => (
                <tr key={service.id}>
                  <th scope="row">{service.name}</th>
                  <td>{t(`services.kinds.${service.kind}`)}</td>
                  <td>{t(`sla.levels.${service.serviceLevel}`)}</td>
                  <td>{t(`services.periods.${service.billingPeriod}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CustomerTickets customerId={data.id} />
      <div className="customer-page__grid">
        {data.view === "full" && changesBilling(role) ? (
          // Keyed by the customer alone: a key on the billing data remounted the form as soon as its own
          // save came back, which wiped the "saved" notice and let a double click's second click in.
          <CustomerBillingForm key={data.id} customer={data} />
        ) : null}
        {readsCustomerAudit(role) ? <CustomerAudit customerId={data.id} /> : null}
      </div>
    </div>
  );
}

function CustomerTickets({ customerId }: { customerId: string }) {
  const t = useMessages(agentMessages);
  const { language } = useLanguage();
  const tickets = useQuery(customerTicketsQuery(customerId));
  let content = <p>…</p>;
  if (tickets.isError) content = <p role="alert">{t("customers.ticketsFailed")}</p>;
  else if (tickets.data?.items.length === 0) content = <p>{t("customers.noTickets")}</p>;
  else if (tickets.data)
    content = (
      <table className="customers-table">
        <thead>
          <tr>
            <th scope="col">{t("customers.subject")}</th>
            <th scope="col">{t("queue.status")}</th>
            <th scope="col">{t("customers.created")}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.data.items.map((ticket) => (
            <tr key={ticket.id}>
              <th scope="row">
                <Link to={`/agent/tickets/${ticket.id}`}>
                  {ticket.number} {ticket.subject}
                </Link>
              </th>
              <td>
                <StatusBadge status={ticket.status} audience="staff" />
              </td>
              <td>
                <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt, language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <section aria-labelledby="customer-tickets-title">
      <h2 id="customer-tickets-title">{t("customers.ticketsTitle")}</h2>
      {content}
    </section>
  );
}
