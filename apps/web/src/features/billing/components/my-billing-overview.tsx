import { useQuery } from "@tanstack/react-query";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { myBillingQuery } from "../api/billing.queries.ts";
import { billingMessages } from "../i18n/billing.messages.ts";
import { formatEuro, formatMonth } from "./billing-format.ts";
import "./billing.css";

/** A customer's billed support per month, on their account page; nothing while there is none. */
export function MyBillingOverview() {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const mine = useQuery(myBillingQuery());
  if (!mine.isSuccess || mine.data.months.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="my-billing-title" data-testid="my-billing">
      <h2 id="my-billing-title">{t("overview.title")}</h2>
      <p className="billing-card__note">{t("rounding")}</p>
      {mine.data.months.map((month) => (
        <div key={month.month}>
          <h3>
            {formatMonth(month.month, language)}
            {month.invoiced ? ` · ${t("overview.invoiced")}` : ""}
          </h3>
          <ul className="plain-list">
            {month.tickets.map((ticket) => (
              <li key={ticket.ticketId}>
                {t("overview.ticket", {
                  number: ticket.ticketNumber,
                  subject: ticket.subject,
                  blocks: ticket.billedBlocks,
                  amount: formatEuro(ticket.amountCents, language),
                })}
              </li>
            ))}
          </ul>
          <p>
            <strong>
              {t("overview.total", {
                blocks: month.totals.billedBlocks,
                amount: formatEuro(month.totals.amountCents, language),
                vat: formatEuro(month.totals.vatCents, language),
                total: formatEuro(month.totals.totalCents, language),
              })}
            </strong>
          </p>
        </div>
      ))}
    </section>
  );
}
