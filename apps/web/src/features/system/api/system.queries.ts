import { getHealth } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const systemKeys = {
  all: ["system"] as const,
  health: () => [...systemKeys.all, "health"] as const,
};

/**
 * Is the API up? Asked once per minute; a failure is an answer ("offline"), not something to retry.
 */
export const healthQueryOptions = () =>
  queryOptions({
    queryKey: systemKeys.health(),
    queryFn: ({ signal }) => request(getHealth, {}, { signal }),
    retry: false,
    refetchInterval: 60_000,
  });
