import { getCustomerErasure } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { isApiError, request } from "../../../lib/api-client.ts";

/** The record of a customer's erasure, or null while they have not been erased (the API's 404). */
export const customerErasureQuery = (customerId: string) =>
  queryOptions({
    queryKey: ["customers", customerId, "erasure"] as const,
    queryFn: async ({ signal }) => {
      try {
        return await request(getCustomerErasure, { params: { id: customerId } }, { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
