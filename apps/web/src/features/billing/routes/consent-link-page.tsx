import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { Notice } from "../../../components/notice.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { useLinkToken } from "../../auth/link-token.ts";
import { consentLinkQuery, useAnswerConsentLink } from "../api/billing.queries.ts";
import { ConsentAnswerButtons } from "../components/consent-answer-buttons.tsx";
import { ConsentSummary } from "../components/consent-summary.tsx";
import { billingMessages } from "../i18n/billing.messages.ts";
import "../components/billing.css";

/**
 * `/consent#token=…`: the e-mailed consent link. Shows what is asked, then one click accepts or
 * declines (the link works once). No sign-in needed: the link is the proof; the API refuses it to
 * anyone signed in as somebody else.
 */
export function ConsentLinkPage() {
  const t = useMessages(billingMessages);
  const token = useLinkToken();
  const view = useQuery({ ...consentLinkQuery(token ?? ""), enabled: Boolean(token) });
  const answer = useAnswerConsentLink();

  let content = <Notice>{t("link.noToken")}</Notice>;
  if (token && (view.isError || answer.isError)) content = <Notice>{t("link.invalid")}</Notice>;
  else if (token && answer.isSuccess)
    content = (
      <>
        <Notice tone="success">
          {answer.data.consent.status === "accepted" ? t("customer.accepted") : t("customer.declined")}
        </Notice>
        <ConsentSummary consent={answer.data.consent} />
      </>
    );
  else if (token && view.isSuccess)
    content = (
      <>
        <p className="lead">{t("link.intro", { number: view.data.ticketNumber })}</p>
        <ConsentSummary consent={view.data.consent} />
        <p className="billing-card__note">{t("rounding")}</p>
        <ConsentAnswerButtons
          pending={answer.isPending}
          onAnswer={(choice) => answer.mutate({ token, answer: choice })}
        />
      </>
    );
  else if (token) content = <p>…</p>;

  const ticketId = answer.data?.ticketId ?? view.data?.ticketId;
  return (
    <div className="page">
      <PageHeading title={t("link.title")} />
      {content}
      {ticketId ? (
        <p>
          <Link to={`/tickets/${ticketId}`}>{t("link.toTicket")}</Link>
        </p>
      ) : null}
    </div>
  );
}
