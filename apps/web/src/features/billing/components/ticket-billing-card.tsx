import { useQuery } from "@tanstack/react-query";
import { useAnnounce } from "../../../components/announcer.tsx";
import { Notice } from "../../../components/notice.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { ticketBillingQuery, useAnswerConsent } from "../api/billing.queries.ts";
import { billingMessages } from "../i18n/billing.messages.ts";
import { formatMonth } from "./billing-format.ts";
import { ConsentAnswerButtons } from "./consent-answer-buttons.tsx";
import { ConsentSummary } from "./consent-summary.tsx";
import "./billing.css";

/**
 * On a customer's ticket page: the consents asked (with accept and decline for a pending one) and
 * the blocks billed per month. Shown only once billing touched the ticket.
 */
export function TicketBillingCard({ ticketId }: { ticketId: string }) {
  const t = useMessages(billingMessages);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const billing = useQuery(ticketBillingQuery(ticketId));
  const answer = useAnswerConsent(ticketId);
  if (!billing.isSuccess) return null;
  const data = billing.data;
  if (data.consents.length === 0 && data.months.length === 0) return null;
  return (
    <section className="panel billing-card" aria-labelledby="billing-card-title" data-testid="ticket-billing">
      <h2 id="billing-card-title">{t("customer.title")}</h2>
      <p>{t("customer.intro")}</p>
      <ul className="plain-list">
        {data.consents.map((consent) => (
          <li key={consent.id}>
            <ConsentSummary consent={consent} />
            {consent.status === "pending" ? (
              <ConsentAnswerButtons
                pending={answer.isPending}
                onAnswer={(choice) =>
                  answer.mutate(
                    { consentId: consent.id, answer: choice },
                    {
                      onSuccess: () =>
                        announce(choice === "accepted" ? t("customer.accepted") : t("customer.declined")),
                    },
                  )
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
      {answer.isError ? <Notice>{t("customer.failed")}</Notice> : null}
      <h3>{t("customer.billedTitle")}</h3>
      {data.months.length === 0 ? (
        <p>{t("customer.nothingBilled")}</p>
      ) : (
        <>
          <ul className="plain-list">
            {data.months.map((month) => (
              <li key={month.month}>
                {t("customer.billed", {
                  month: formatMonth(month.month, language),
                  minutes: month.billableMinutes,
                  blocks: month.billedBlocks,
                })}
              </li>
            ))}
          </ul>
          <p>
            <strong>{t("customer.billedTotal", { blocks: data.billedBlocks })}</strong>
          </p>
          <p className="billing-card__note">{t("rounding")}</p>
        </>
      )}
    </section>
  );
}
