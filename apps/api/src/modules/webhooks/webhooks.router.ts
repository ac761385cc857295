import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhookDelivery,
  updateWebhook,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { WebhooksService } from "./webhooks.service.ts";

export function webhookRoutes(webhooks: WebhooksService) {
  return [
    route(createWebhook, async ({ body, res }) => ({
      status: 201,
      body: await webhooks.createWebhook(signedInActorOf(res), body),
    })),
    route(listWebhooks, async ({ res }) => ({
      status: 200,
      body: await webhooks.listWebhooks(signedInActorOf(res)),
    })),
    route(updateWebhook, async ({ params, body, res }) => ({
      status: 200,
      body: await webhooks.updateWebhook(signedInActorOf(res), params.id, body),
    })),
    route(deleteWebhook, async ({ params, res }) => {
      await webhooks.deleteWebhook(signedInActorOf(res), params.id);
      return { status: 204, body: undefined };
    }),
    route(listWebhookDeliveries, async ({ params, query, res }) => ({
      status: 200,
      body: await webhooks.listDeliveries(signedInActorOf(res), params.id, query),
    })),
    route(redeliverWebhookDelivery, async ({ params, res }) => {
      await webhooks.redeliver(signedInActorOf(res), params.id, params.deliveryId);
      return { status: 202, body: undefined };
    }),
  ];
}
