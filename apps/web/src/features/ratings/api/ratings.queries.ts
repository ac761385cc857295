import {
  buildPath,
  commentTicketRatingByLink,
  followReviewLink,
  getReviewLinkSetting,
  getTicketRating,
  type RatingScore,
  rateTicket,
  rateTicketByLink,
  type TicketRatingState,
  updateReviewLinkSetting,
} from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiBaseUrl, request } from "../../../lib/api-client.ts";

export const ratingKeys = {
  detail: (ticketId: string) => ["ratings", ticketId] as const,
  reviewLink: () => ["settings", "review-link"] as const,
};

/** Admins: where a good rating offers a public review. */
export const reviewLinkSettingQuery = () =>
  queryOptions({
    queryKey: ratingKeys.reviewLink(),
    queryFn: ({ signal }) => request(getReviewLinkSetting, {}, { signal }),
  });

export function useUpdateReviewLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (url: string | null) => request(updateReviewLinkSetting, { body: { url } }),
    onSuccess: (setting) => queryClient.setQueryData(ratingKeys.reviewLink(), setting),
  });
}

export const ticketRatingQuery = (ticketId: string) =>
  queryOptions({
    queryKey: ratingKeys.detail(ticketId),
    queryFn: ({ signal }) => request(getTicketRating, { params: { id: ticketId } }, { signal }),
  });

/** Our redirect to the public review page: a plain link, so the click is counted by the API. */
export const reviewHref = (reviewToken: string) =>
  `${apiBaseUrl}${buildPath(followReviewLink.path)}?token=${encodeURIComponent(reviewToken)}`;

function useKeepRating(ticketId: string) {
  const queryClient = useQueryClient();
  return (state: TicketRatingState) => queryClient.setQueryData(ratingKeys.detail(ticketId), state);
}

/** The portal: the signed-in customer rates, or adds a comment (with the same score). */
export function useRateTicket(ticketId: string) {
  const keep = useKeepRating(ticketId);
  return useMutation({
    mutationFn: (body: { score: RatingScore; comment?: string | null }) =>
      request(rateTicket, { params: { id: ticketId }, body }),
    onSuccess: keep,
  });
}

/** The solved e-mail's link: the click itself (sent once) and the comment after it. */
export function useRateByLink(ticketId: string, token: string) {
  return useMutation({
    mutationFn: () => request(rateTicketByLink, { params: { id: ticketId }, body: { token } }),
  });
}

export function useCommentByLink(ticketId: string, token: string) {
  return useMutation({
    mutationFn: (comment: string) =>
      request(commentTicketRatingByLink, { params: { id: ticketId }, body: { token, comment } }),
  });
}
