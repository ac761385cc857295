import { useQuery } from "@tanstack/react-query";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { formatDateTime } from "../../tickets/components/ticket-format.ts";
import { ticketRatingQuery } from "../api/ratings.queries.ts";
import { ratingsMessages } from "../i18n/ratings.messages.ts";
import "./rating.css";

/** The staff ticket view's line about the customer's rating: the verdict, their words, review clicks. */
export function StaffRatingSummary({ ticketId, solved }: { ticketId: string; solved: boolean }) {
  const t = useMessages(ratingsMessages);
  const { language } = useLanguage();
  const state = useQuery(ticketRatingQuery(ticketId));
  const rating = state.data?.rating;
  // An open ticket that was never rated has nothing to say here.
  if (!state.data || (!rating && !solved)) return null;
  return (
    <section
      className="panel rating-summary"
      aria-labelledby="rating-summary-title"
      data-testid="staff-rating"
    >
      <h2 id="rating-summary-title">{t("staffTitle")}</h2>
      {rating ? (
        <>
          <p>
            <strong className={`rating-score rating-score--${rating.score}`}>
              {t(`staffScore.${rating.score}`)}
            </strong>{" "}
            · {formatDateTime(rating.ratedAt, language)}
          </p>
          {rating.comment ? <p>{t("staffComment", { comment: rating.comment })}</p> : null}
          {rating.reviewClicks ? <p>{t("staffReviewClicks", { count: rating.reviewClicks })}</p> : null}
        </>
      ) : (
        <p>{t("staffNone")}</p>
      )}
    </section>
  );
}
