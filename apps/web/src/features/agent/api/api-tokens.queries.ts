import { listApiTokens } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const apiTokenKeys = { all: ["api-tokens"] as const };

/** The installation's API tokens, newest first (admins only). */
export const apiTokensQuery = () =>
  queryOptions({
    queryKey: apiTokenKeys.all,
    queryFn: ({ signal }) => request(listApiTokens, {}, { signal }),
  });
