import { useMessages } from "../../../i18n/i18n.tsx";
import { billingMessages } from "../i18n/billing.messages.ts";

/** "Akkoord" and "Weigeren" for a pending consent: on the ticket page and on the e-mailed link's page. */
export function ConsentAnswerButtons({
  pending,
  onAnswer,
}: {
  pending: boolean;
  onAnswer: (answer: "accepted" | "declined") => void;
}) {
  const t = useMessages(billingMessages);
  return (
    <p className="actions">
      <button
        type="button"
        className="button button--accent"
        disabled={pending}
        onClick={() => onAnswer("accepted")}
      >
        {t("customer.accept")}
      </button>{" "}
      <button
        type="button"
        className="button button--secondary"
        disabled={pending}
        onClick={() => onAnswer("declined")}
      >
        {t("customer.decline")}
      </button>
    </p>
  );
}
