// What other modules call to send a ticket change to the webhooks that want it, in the change's own
// transaction (one statement; nothing when no endpoint wants the event).
import type { WebhookEvent } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import { enqueueDeliveries } from "./webhooks.repository.ts";

export function recordWebhookEvent(tx: DbClient, ticketId: string, event: WebhookEvent): Promise<void> {
  return enqueueDeliveries(tx, ticketId, event);
}
