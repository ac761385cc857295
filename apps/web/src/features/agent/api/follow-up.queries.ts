import { type FollowUpSettings, getFollowUpSettings, updateFollowUpSettings } from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const followUpKeys = { settings: ["follow-up", "settings"] as const };

export const followUpSettingsQuery = () =>
  queryOptions({
    queryKey: followUpKeys.settings,
    queryFn: ({ signal }) => request(getFollowUpSettings, {}, { signal }),
  });

export function useSaveFollowUpSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpSettings) => request(updateFollowUpSettings, { body }),
    onSuccess: (saved) => queryClient.setQueryData(followUpKeys.settings, saved),
  });
}
