import {
  type EmailTemplate,
  getSettings,
  type Language,
  listFailedEmails,
  previewEmail,
  retryFailedEmail,
  type UpdateSettings,
  updateSettings,
} from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const settingsKeys = {
  settings: ["settings", "general"] as const,
  preview: (template: EmailTemplate, language: Language) =>
    ["settings", "preview", template, language] as const,
  failedEmails: ["settings", "failed-emails"] as const,
};

export const settingsQuery = () =>
  queryOptions({
    queryKey: settingsKeys.settings,
    queryFn: ({ signal }) => request(getSettings, {}, { signal }),
  });

export const emailPreviewQuery = (template: EmailTemplate, language: Language) =>
  queryOptions({
    queryKey: settingsKeys.preview(template, language),
    queryFn: ({ signal }) => request(previewEmail, { params: { template }, query: { language } }, { signal }),
  });

export const failedEmailsQuery = () =>
  queryOptions({
    queryKey: settingsKeys.failedEmails,
    queryFn: ({ signal }) => request(listFailedEmails, {}, { signal }),
  });

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSettings) => request(updateSettings, { body }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      // The previews show the team name, links and footer: they change with the settings.
      await queryClient.invalidateQueries({ queryKey: ["settings", "preview"] });
    },
  });
}

export function useRetryFailedEmail() {
  return useMutation({
    mutationFn: (id: string) => request(retryFailedEmail, { params: { id } }),
  });
}
