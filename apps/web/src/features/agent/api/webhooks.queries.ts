import { listWebhookDeliveries, listWebhooks } from "@helpdesk/contracts";
import { queryOptions } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const webhookKeys = {
  all: ["webhooks"] as const,
  deliveries: (id: string) => ["webhooks", id, "deliveries"] as const,
};

/** The installation's webhook endpoints, newest first (admins only). */
export const webhooksQuery = () =>
  queryOptions({
    queryKey: webhookKeys.all,
    queryFn: ({ signal }) => request(listWebhooks, {}, { signal }),
  });

/** One endpoint's latest deliveries with their attempts, newest first (admins only). */
export const webhookDeliveriesQuery = (id: string) =>
  queryOptions({
    queryKey: webhookKeys.deliveries(id),
    queryFn: ({ signal }) => request(listWebhookDeliveries, { params: { id } }, { signal }),
  });
