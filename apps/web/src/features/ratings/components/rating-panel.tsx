import type { RatingScore, TicketStatus } from "@helpdesk/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { FormAlert } from "../../../components/form-alert.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { ticketRatingQuery, useRateTicket } from "../api/ratings.queries.ts";
import { ratingsMessages } from "../i18n/ratings.messages.ts";
import { RatingFeedback } from "./rating-feedback.tsx";
import "./rating.css";

const ratable: readonly TicketStatus[] = ["solved", "closed"];

/**
 * On the customer's ticket page once it is solved: rate it (the same choice as the e-mail's links),
 * then the comment box and, for a good rating, the review link. Changeable for 7 days.
 */
export function RatingPanel({ ticketId, status }: { ticketId: string; status: TicketStatus }) {
  const t = useMessages(ratingsMessages);
  const isRatable = ratable.includes(status);
  const state = useQuery({ ...ticketRatingQuery(ticketId), enabled: isRatable });
  const rate = useRateTicket(ticketId);
  const [changing, setChanging] = useState(false);
  if (!isRatable || !state.data) return null;
  const rating = state.data.rating;
  const open = rating === null || new Date(rating.changeableUntil) > new Date();

  const choose = (score: RatingScore) =>
    !rate.isPending && rate.mutate({ score }, { onSuccess: () => setChanging(false) });

  return (
    <section className="rating-panel" aria-labelledby="rating-panel-title">
      <h2 id="rating-panel-title">{t("question")}</h2>
      {rating && !changing ? (
        <>
          <RatingFeedback
            key={rating.score}
            state={state.data}
            onComment={(comment) => rate.mutateAsync({ score: rating.score, comment })}
            pending={rate.isPending}
          />
          {open ? (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
                {t("change")}
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <p className="rating-choices">
          {(["good", "bad"] as const).map((score) => (
            <button
              key={score}
              type="button"
              className={score === "good" ? "button button--accent" : "button button--secondary"}
              aria-disabled={rate.isPending || undefined}
              onClick={() => choose(score)}
            >
              {t(score)}
            </button>
          ))}
        </p>
      )}
      {rate.isError ? (
        <FormAlert
          id="rating-error"
          title={t("linkProblems.other.title")}
          message={
            isApiError(rate.error) && rate.error.code === "rating_locked"
              ? t("linkProblems.rating_locked.text")
              : t("linkProblems.other.text")
          }
        />
      ) : null}
    </section>
  );
}
