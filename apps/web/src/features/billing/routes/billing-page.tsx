import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useAnnounce } from "../../../components/announcer.tsx";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { useAuth } from "../../auth/session/auth-context.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { statementQuery, useDownloadStatement, useMarkInvoiced } from "../api/billing.queries.ts";
import { currentMonth, formatEuro, formatMonth } from "../components/billing-format.ts";
import { billingMessages } from "../i18n/billing.messages.ts";
import "../../../components/data-table.css";
import "../components/billing.css";

/**
 * `/agent/billing`: for billing and customer service. A month's statement (one row per ticket, blocks
 * rounded per ticket per month), its CSV, and for billing "mark invoiced", which locks the month.
 */
export function BillingPage() {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const auth = useAuth();
  const [month, setMonth] = useState(currentMonth);
  const statement = useQuery({ ...statementQuery(month), enabled: /^\d{4}-\d{2}$/.test(month) });
  const downloadCsv = useDownloadStatement();
  const markInvoiced = useMarkInvoiced();
  const mayInvoice = auth.status === "signedIn" && auth.user.role === "billing";
  const euro = (cents: number) => formatEuro(cents, language);

  return (
    <div className="page page--wide">
      <PageHeading title={t("statements.title")} />
      <p>{t("rounding")}</p>
      <div className="statement-tools">
        <TextField
          id="statement-month"
          name="month"
          type="month"
          label={t("statements.month")}
          value={month}
          onChange={(event) => setMonth(event.target.value)}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={downloadCsv.isPending}
          onClick={() => downloadCsv.mutate(month)}
        >
          {t("statements.download")}
        </button>
        {mayInvoice && statement.data && !statement.data.invoicedAt ? (
          <button
            type="button"
            className="button button--accent"
            disabled={markInvoiced.isPending}
            onClick={() => {
              if (!window.confirm(t("statements.confirmInvoiced", { month: formatMonth(month, language) })))
                return;
              markInvoiced.mutate(month, {
                onSuccess: () => announce(t("statements.marked", { month: formatMonth(month, language) })),
              });
            }}
          >
            {t("statements.markInvoiced")}
          </button>
        ) : null}
      </div>
      {statement.isError ? <Notice>{t("statements.failed")}</Notice> : null}
      {statement.data?.invoicedAt ? (
        <Notice tone="success">
          {t("statements.invoicedAt", { date: formatDateTime(statement.data.invoicedAt, language) })}
        </Notice>
      ) : null}
      {statement.data && statement.data.rows.length === 0 ? <p>{t("statements.empty")}</p> : null}
      {statement.data && statement.data.rows.length > 0 ? (
        <table className="data-table" data-testid="statement">
          <caption className="visually-hidden">{formatMonth(month, language)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("statements.customer")}</th>
              <th scope="col">{t("statements.ticket")}</th>
              <th scope="col" className="number">
                {t("statements.minutes")}
              </th>
              <th scope="col" className="number">
                {t("statements.blocks")}
              </th>
              <th scope="col" className="number">
                {t("statements.rate")}
              </th>
              <th scope="col" className="number">
                {t("statements.amount")}
              </th>
              <th scope="col" className="number">
                {t("statements.vat")}
              </th>
              <th scope="col" className="number">
                {t("statements.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {statement.data.rows.map((row) => (
              <tr key={row.ticketId}>
                <td>{row.customerName}</td>
                <td>
                  <Link to={`/agent/tickets/${row.ticketId}`}>{row.ticketNumber}</Link>
                </td>
                <td className="number">{row.billableMinutes}</td>
                <td className="number">{row.billedBlocks}</td>
                <td className="number">{euro(row.centsPerBlock)}</td>
                <td className="number">{euro(row.amountCents)}</td>
                <td className="number">
                  {euro(row.vatCents)} ({row.vatPercent}%)
                </td>
                <td className="number">{euro(row.totalCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t("statements.totals")}
              </th>
              <td className="number">{statement.data.totals.billedBlocks}</td>
              <td />
              <td className="number">{euro(statement.data.totals.amountCents)}</td>
              <td className="number">{euro(statement.data.totals.vatCents)}</td>
              <td className="number">{euro(statement.data.totals.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </div>
  );
}
