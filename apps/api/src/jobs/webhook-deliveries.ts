import type { Env } from "../config/env.ts";
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import type { OutboundPolicy } from "../lib/security/outbound-address.ts";
import type { AttachmentStorage } from "../lib/storage/attachment-storage.ts";
import { createCustomersService } from "../modules/customers/customers.service.ts";
import type { StaffActor } from "../modules/identity/actor.ts";
import { createJobTicketsService } from "../modules/tickets/tickets.service.ts";
import {
  type ClaimedDelivery,
  createWebhookDispatcher,
  type WebhookDispatcherOptions,
} from "../modules/webhooks/webhook-dispatcher.ts";

/**
 * The webhook dispatcher with the payloads it sends: the ticket as the endpoint's role sees it, and
 * its requester's customer record as that role may see it (an agent-role webhook never gets an
 * IBAN, address or date of birth), through the same services and presenters as the API's answers.
 */
export function createWebhookDeliveries(
  deps: {
    db: Database;
    env: Pick<Env, "TICKET_NUMBER_SECRET" | "TEAM_NAME">;
    logger: Logger;
    storage: AttachmentStorage;
    policy: OutboundPolicy;
  },
  tuning: Omit<WebhookDispatcherOptions, "db" | "logger" | "policy" | "compose"> = {},
) {
  const { db, env, storage } = deps;
  const tickets = createJobTicketsService({ db, env, storage });
  const customers = createCustomersService({ db });

  async function compose(delivery: ClaimedDelivery): Promise<string> {
    const actor: StaffActor = {
      kind: "staff",
      id: delivery.endpoint.staffMemberId,
      email: "",
      name: "Webhook",
      role: delivery.endpoint.role,
      sessionId: `webhook:${delivery.endpoint.id}`,
    };
    const ticket = await tickets.getTicket(actor, delivery.ticketId);
    const customerId = ticket.view === "staff" ? ticket.requester.customerId : null;
    const customer = customerId ? await customers.getCustomer(actor, customerId, "webhook") : null;
    return JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      occurredAt: delivery.occurredAt.toISOString(),
      data: { ticket, customer },
    });
  }

  return createWebhookDispatcher({ ...deps, compose, ...tuning });
}
