import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import {
  createdWebhookSchema,
  createWebhookSchema,
  updateWebhookSchema,
  webhookDeliveryPageSchema,
  webhookDeliveryParamsSchema,
  webhookDeliveryQuerySchema,
  webhookListSchema,
  webhookParamsSchema,
  webhookSchema,
} from "./webhooks.schemas.ts";

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const createWebhook = defineEndpoint({
  method: "POST",
  path: "/webhooks",
  summary: "Register a webhook endpoint; its signing secret is in this response only (admins only)",
  tag: "Webhooks",
  body: createWebhookSchema,
  responses: { 201: createdWebhookSchema, 400: problemSchema, ...denied },
});

export const listWebhooks = defineEndpoint({
  method: "GET",
  path: "/webhooks",
  summary: "Webhook endpoints, newest first (admins only)",
  tag: "Webhooks",
  responses: { 200: webhookListSchema, ...denied },
});

export const updateWebhook = defineEndpoint({
  method: "PATCH",
  path: "/webhooks/:id",
  summary: "Disable or enable a webhook endpoint, or change its events (admins only)",
  tag: "Webhooks",
  params: webhookParamsSchema,
  body: updateWebhookSchema,
  responses: { 200: webhookSchema, 400: problemSchema, ...denied },
});

export const deleteWebhook = defineEndpoint({
  method: "DELETE",
  path: "/webhooks/:id",
  summary: "Remove a webhook endpoint with its deliveries (admins only)",
  tag: "Webhooks",
  params: webhookParamsSchema,
  responses: { 204: null, ...denied },
});

export const listWebhookDeliveries = defineEndpoint({
  method: "GET",
  path: "/webhooks/:id/deliveries",
  summary: "An endpoint's deliveries, newest first, each with its attempts (admins only)",
  tag: "Webhooks",
  params: webhookParamsSchema,
  query: webhookDeliveryQuerySchema,
  responses: { 200: webhookDeliveryPageSchema, 400: problemSchema, ...denied },
});

export const redeliverWebhookDelivery = defineEndpoint({
  method: "POST",
  path: "/webhooks/:id/deliveries/:deliveryId/redeliver",
  summary: "Send a delivery again (the same signed body, with a new timestamp) (admins only)",
  tag: "Webhooks",
  params: webhookDeliveryParamsSchema,
  responses: { 202: null, ...denied },
});
