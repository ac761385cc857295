import { getRetentionSettings, listRetentionRuns } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const retentionKeys = {
  settings: ["retention", "settings"] as const,
  runs: ["retention", "runs"] as const,
};

export const retentionSettingsQuery = () =>
  queryOptions({
    queryKey: retentionKeys.settings,
    queryFn: ({ signal }) => request(getRetentionSettings, {}, { signal }),
  });

export const retentionRunsQuery = () =>
  queryOptions({
    queryKey: retentionKeys.runs,
    queryFn: ({ signal }) => request(listRetentionRuns, {}, { signal }),
  });
