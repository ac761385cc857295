import type { TicketRatingState } from "@helpdesk/contracts";
import { type FormEvent, useState } from "react";
import { TextAreaField } from "../../../components/fields.tsx";
import { Notice } from "../../../components/notice.tsx";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { formatDate } from "../../tickets/components/ticket-format.ts";
import { reviewHref } from "../api/ratings.queries.ts";
import { ratingsMessages } from "../i18n/ratings.messages.ts";
import "./rating.css";

export interface RatingFeedbackProps {
  state: TicketRatingState;
  /** Sends the comment; resolves when it is saved. */
  onComment: (comment: string) => Promise<unknown>;
  pending: boolean;
  /** Said when the comment could not be saved. */
  error?: string | undefined;
}

/**
 * What follows a rating: thanks, for a good one the invitation to a public review (through our
 * redirect, which counts the click), and a box for a comment. Names nobody of the team.
 */
export function RatingFeedback({ state, onComment, pending, error }: RatingFeedbackProps) {
  const t = useMessages(ratingsMessages);
  const { language } = useLanguage();
  const [comment, setComment] = useState(state.rating?.comment ?? "");
  const [saved, setSaved] = useState(false);
  const rating = state.rating;
  if (!rating) return null;
  const good = rating.score === "good";

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || comment.trim() === "") return;
    onComment(comment.trim()).then(
      () => setSaved(true),
      () => setSaved(false),
    );
  };

  return (
    <div className="rating-feedback">
      <Notice tone="success">
        {good
          ? t("thanksGood", { number: state.ticketNumber })
          : t("thanksBad", { number: state.ticketNumber })}
      </Notice>
      {good && rating.reviewToken ? (
        <section className="rating-review" aria-labelledby="rating-review-title">
          <h2 id="rating-review-title">{t("reviewInvite")}</h2>
          <p>
            <a className="button button--accent" href={reviewHref(rating.reviewToken)} rel="noopener">
              {t("reviewLink")}
              <span className="visually-hidden"> {t("reviewOpensElsewhere")}</span>
            </a>
          </p>
        </section>
      ) : null}
      <form className="form rating-comment" noValidate onSubmit={submit}>
        <TextAreaField
          id="rating-comment"
          name="comment"
          label={t("commentLabel")}
          hint={good ? t("commentHintGood") : t("commentHintBad")}
          rows={4}
          maxLength={2000}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setSaved(false);
          }}
          error={error}
        />
        <p className="form__actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t("sending") : t("commentSend")}
          </button>
        </p>
        <p role="status">{saved ? t("commentSaved") : ""}</p>
      </form>
      <p className="field__hint">{t("changeable", { date: formatDate(rating.changeableUntil, language) })}</p>
    </div>
  );
}
