import type { ProblemCode } from "@helpdesk/contracts";
import { useEffect, useRef } from "react";
import { useLocation, useParams } from "react-router";
import { LoadingPage } from "../../../app/shell/route-error-page.tsx";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useCommentByLink, useRateByLink } from "../api/ratings.queries.ts";
import { RatingFeedback } from "../components/rating-feedback.tsx";
import { ratingsMessages } from "../i18n/ratings.messages.ts";

type LinkProblem = keyof typeof import("../i18n/ratings.nl.ts")["ratingsNl"]["linkProblems"];
const linkProblems = new Set<string>([
  "rating_link_invalid",
  "rating_link_expired",
  "rating_link_used",
  "rating_locked",
  "ticket_not_solved",
] satisfies ProblemCode[]);

const problemOf = (error: unknown): LinkProblem => {
  if (!isApiError(error)) return "other";
  if (linkProblems.has(error.code)) return error.code as LinkProblem;
  // A token the contract refuses (too short, cut off) is as broken as a forged one.
  return error.status === 400 || error.status === 404 ? "rating_link_invalid" : "other";
};

/**
 * `/tickets/:id/beoordelen#token=…`: the solved e-mail's one-click rating. The token stays in the
 * fragment (never sent to a server or in a Referer); the page sends it once, by POST, so a mail
 * scanner that only fetches the link rates nothing. Then thanks, the review link or the comment box;
 * a wrong, used or expired link gets a page that says what to do, without any ticket's data.
 */
export function RatingLinkPage() {
  const t = useMessages(ratingsMessages);
  const { id = "" } = useParams();
  const token = new URLSearchParams(useLocation().hash.slice(1)).get("token") ?? "";
  const rate = useRateByLink(id, token);
  const comment = useCommentByLink(id, token);
  const sent = useRef(false);

  useEffect(() => {
    // Once per page, also under StrictMode's second mount: the link works only once.
    if (sent.current || token === "") return;
    sent.current = true;
    rate.mutate();
  }, [rate, token]);

  if (token === "" || rate.isError) {
    const problem = token === "" ? "rating_link_invalid" : problemOf(rate.error);
    return (
      <div className="page">
        <PageHeading title={t(`linkProblems.${problem}.title`)} />
        <p className="lead">{t(`linkProblems.${problem}.text`)}</p>
      </div>
    );
  }
  if (!rate.data) return <LoadingPage />;
  const state = comment.data ?? rate.data;
  return (
    <div className="page">
      <PageHeading title={t("linkPageTitle")} />
      <RatingFeedback
        state={state}
        onComment={(text) => comment.mutateAsync(text)}
        pending={comment.isPending}
        error={comment.isError ? t(`linkProblems.${problemOf(comment.error)}.text`) : undefined}
      />
    </div>
  );
}
