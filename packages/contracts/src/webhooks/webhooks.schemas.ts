import { z } from "zod";
import { cursorQuerySchema } from "../common/pagination.ts";

/** The ticket events an endpoint can subscribe to. */
export const webhookEvents = [
  "ticket.created",
  "message.added",
  "ticket.status_changed",
  "ticket.assigned",
  "ticket.rated",
] as const;
export const webhookEventSchema = z.enum(webhookEvents);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

/** The roles whose staff view a webhook can carry (the phone desk sees only its own callbacks). */
export const webhookRoles = ["agent", "customer_service", "billing", "admin"] as const;
export const webhookRoleSchema = z.enum(webhookRoles);

/** Every delivery is signed with this header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const WEBHOOK_SIGNATURE_HEADER = "Helpdesk-Signature";
/** Receivers should refuse a signature whose timestamp is further than this from their clock. */
export const WEBHOOK_REPLAY_WINDOW_SECONDS = 300;

export const createWebhookSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .meta({ examples: ["https://crm.example.com/hooks/helpdesk"] }),
    events: z
      .array(webhookEventSchema)
      .min(1)
      .max(webhookEvents.length)
      .refine((events) => new Set(events).size === events.length, "Each event once"),
    role: webhookRoleSchema,
    /** Left out: one is generated. Shown in the answer this once. */
    secret: z.string().min(24).max(200).optional(),
  })
  .meta({ id: "CreateWebhook" });
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const webhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string().meta({ examples: ["https://crm.example.com/hooks/helpdesk"] }),
    events: z.array(webhookEventSchema),
    role: webhookRoleSchema,
    secretStart: z.string().meta({ examples: ["whsec_Zm9v"] }),
    createdAt: z.iso.datetime(),
    /** Since when every delivery attempt failed; null while it works. */
    failingSince: z.iso.datetime().nullable(),
    /** Set when the endpoint was disabled (by an admin, or after failing for a day). */
    disabledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Webhook" });
export type Webhook = z.infer<typeof webhookSchema>;

export const createdWebhookSchema = z
  .object({
    webhook: webhookSchema,
    secret: z.string().meta({ examples: ["whsec_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo"] }),
  })
  .meta({ id: "CreatedWebhook" });

export const webhookListSchema = z.object({ items: z.array(webhookSchema) }).meta({ id: "WebhookList" });

export const webhookParamsSchema = z.object({ id: z.uuid() });
export const webhookDeliveryParamsSchema = z.object({ id: z.uuid(), deliveryId: z.uuid() });

export const updateWebhookSchema = z
  .object({
    /** False disables the endpoint; true enables it again (and clears its failure streak). */
    enabled: z.boolean().optional(),
    events: createWebhookSchema.shape.events.optional(),
  })
  .meta({ id: "UpdateWebhook" });

export const webhookAttemptSchema = z.object({
  attemptedAt: z.iso.datetime(),
  /** The receiver's HTTP status; null when there was no answer (timeout, refused address). */
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int().nonnegative(),
  error: z.string().nullable(),
  /** The first 500 characters of the receiver's answer. */
  responseExcerpt: z.string().nullable(),
});

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    event: webhookEventSchema,
    ticketId: z.uuid(),
    occurredAt: z.iso.datetime(),
    status: z.enum(["pending", "delivered", "failed"]),
    nextAttemptAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    attempts: z.array(webhookAttemptSchema),
  })
  .meta({ id: "WebhookDelivery" });

export const webhookDeliveryQuerySchema = cursorQuerySchema;
export const webhookDeliveryPageSchema = z
  .object({ items: z.array(webhookDeliverySchema), nextCursor: z.string().nullable() })
  .meta({ id: "WebhookDeliveryPage" });
