import type { CustomerView } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { RequireSignIn } from "../../auth/components/require-sign-in.tsx";
import { isStaff } from "../../auth/session/auth-context.tsx";
import { MyBillingOverview } from "../../billing/components/my-billing-overview.tsx";
import { ownCustomerQuery } from "../../tickets/api/tickets.queries.ts";
import { accountMessages } from "../i18n/account.messages.ts";
import "./my-account-page.css";

/** The new-ticket form, filled in for a change only the provider makes (see `draftFromSearch`). */
const changeLink = (fields: Record<string, string>) =>
  `/tickets/new?${new URLSearchParams(fields).toString()}`;

/** Paying yearly is what customers ask for; someone paying yearly asks for something else. */
const periodChangeLink = (service: CustomerView["services"][number]) =>
  changeLink({
    category: "billing",
    request: service.billingPeriod === "monthly" ? "yearly_billing" : "other",
    service: service.id,
  });

/**
 * `/account` (Mijn account): the signed-in customer's own record, read with the same endpoint staff
 * use (a customer gets their own record in full, and no one else's), their services with level and
 * billing period, and for each thing only the provider changes, a link to a filled-in ticket.
 */
export function MyAccountPage() {
  return (
    <RequireSignIn>
      {(user) => (isStaff(user) ? <ForStaff /> : <MyAccount customerId={user.id} />)}
    </RequireSignIn>
  );
}

function ForStaff() {
  const t = useMessages(accountMessages);
  return (
    <div className="page">
      <PageHeading title={t("mine.title")} />
      <p>{t("mine.staff")}</p>
    </div>
  );
}

function MyAccount({ customerId }: { customerId: string }) {
  const t = useMessages(accountMessages);
  const record = useQuery(ownCustomerQuery(customerId));
  if (record.isPending) return <LoadingPage />;
  if (record.isError)
    return (
      <div className="page">
        <PageHeading title={t("mine.title")} />
        <p role="alert">{t("mine.failed")}</p>
      </div>
    );
  const me = record.data;
  const unknown = t("mine.unknown");
  return (
    <div className="page my-account">
      <PageHeading title={t("mine.title")} />
      <p className="lead">{t("mine.intro")}</p>
      <section className="panel" aria-labelledby="my-contact-title">
        <h2 id="my-contact-title">{t("mine.contactTitle")}</h2>
        <dl data-testid="my-contact">
          <dt>{t("mine.name")}</dt>
          <dd>{me.name}</dd>
          <dt>{t("mine.email")}</dt>
          <dd>{me.email}</dd>
          <dt>{t("mine.phone")}</dt>
          <dd>{me.phone ?? unknown}</dd>
          <dt>{t("mine.language")}</dt>
          <dd>{t(`mine.languages.${me.language}`)}</dd>
          {me.view === "full" ? (
            <>
              <dt>{t("mine.postalAddress")}</dt>
              <dd>{me.postalAddress ?? unknown}</dd>
              <dt>{t("mine.iban")}</dt>
              <dd>{me.iban ?? unknown}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="my-services-title">
        <h2 id="my-services-title">{t("mine.servicesTitle")}</h2>
        {me.services.length === 0 ? (
          <p>{t("mine.noServices")}</p>
        ) : (
          <ul className="my-services" data-testid="my-services">
            {me.services.map((service) => (
              <li key={service.id} className="panel">
                <h3>{service.name}</h3>
                <dl>
                  <dt>{t("mine.kind")}</dt>
                  <dd>{t(`mine.kinds.${service.kind}`)}</dd>
                  <dt>{t("mine.level")}</dt>
                  <dd>{t(`mine.levels.${service.serviceLevel}`)}</dd>
                  <dt>{t("mine.period")}</dt>
                  <dd>{t(`mine.periods.${service.billingPeriod}`)}</dd>
                </dl>
                <Link to={periodChangeLink(service)}>
                  {t("mine.requestPeriod", { service: service.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <MyBillingOverview />
      <section className="panel" aria-labelledby="my-change-title">
        <h2 id="my-change-title">{t("mine.changeTitle")}</h2>
        <p>{t("mine.changeIntro")}</p>
        <ul className="plain-list my-account__changes">
          <li>
            <Link to={changeLink({ category: "administrative", change: "contact_details" })}>
              {t("mine.requestContact")}
            </Link>
          </li>
          <li>
            <Link to={changeLink({ category: "administrative", change: "email_address" })}>
              {t("mine.requestEmail")}
            </Link>
          </li>
          <li>
            <Link to={changeLink({ category: "administrative", change: "postal_address" })}>
              {t("mine.requestAddress")}
            </Link>
          </li>
          <li>
            <Link to={changeLink({ category: "billing", request: "iban_change" })}>
              {t("mine.requestIban")}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
