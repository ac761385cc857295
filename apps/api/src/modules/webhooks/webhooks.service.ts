// Webhook endpoints as admins manage them: register (the URL checked against the outbound policy),
// list, disable or enable, remove; their deliveries with attempts, and a redelivery.
import type { CreateWebhookInput, updateWebhookSchema, WebhookEvent } from "@helpdesk/contracts";
import type { z } from "zod";
import type { Database } from "../../db/prisma.ts";
import { inWriteTransaction } from "../../db/write-transaction.ts";
import { AppError } from "../../errors/app-error.ts";
import { decodeCursor, toPage } from "../../lib/cursor.ts";
import {
  checkOutboundUrl,
  type OutboundPolicy,
  RefusedAddressError,
} from "../../lib/security/outbound-address.ts";
import { denyAsNotFound, requireStaff, webhookManagers } from "../identity/access-policy.ts";
import type { SignedInActor } from "../identity/actor.ts";
import { insertApiTokenAccount } from "../staff/staff-accounts.ts";
import { newWebhookSecret } from "./webhook-signature.ts";
import * as repository from "./webhooks.repository.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;

function presentWebhook(row: NonNullable<Awaited<ReturnType<typeof repository.findEndpoint>>>) {
  return {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEvent[],
    role: row.role as "agent" | "customer_service" | "billing" | "admin",
    secretStart: row.secretStart,
    createdAt: row.createdAt.toISOString(),
    failingSince: iso(row.failingSince),
    disabledAt: iso(row.disabledAt),
  };
}

type DeliveryRow = Awaited<ReturnType<typeof repository.listDeliveries>>[number];

function presentDelivery(row: DeliveryRow) {
  return {
    id: row.id,
    event: row.event as WebhookEvent,
    ticketId: row.ticketId,
    occurredAt: row.occurredAt.toISOString(),
    status: row.status,
    nextAttemptAt: iso(row.nextAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    attempts: row.attemptLog.map((attempt) => ({
      ...attempt,
      attemptedAt: attempt.attemptedAt.toISOString(),
    })),
  };
}

export function createWebhooksService({
  db,
  policy,
  resolve,
}: {
  db: Database;
  policy: OutboundPolicy;
  /** Name resolution for the URL check (tests point a name at 127.0.0.1). */
  resolve?: (host: string) => Promise<string[]>;
}) {
  const manager = (actor: SignedInActor) => requireStaff(actor, (role) => webhookManagers.includes(role));

  async function checkUrl(url: string) {
    try {
      await checkOutboundUrl(url, policy, resolve);
    } catch (error) {
      if (!(error instanceof RefusedAddressError)) throw error;
      throw new AppError("validation_failed", error.message, {
        errors: [{ path: "body.url", message: error.message, code: "refused_address" }],
      });
    }
  }

  return {
    async createWebhook(actor: SignedInActor, input: CreateWebhookInput) {
      const admin = manager(actor);
      await checkUrl(input.url);
      const secret = input.secret ?? newWebhookSecret();
      const row = await inWriteTransaction(db, async (tx) => {
        const account = await insertApiTokenAccount(tx, {
          name: `Webhook ${new URL(input.url).host}`,
          role: input.role,
        });
        return repository.insertEndpoint(tx, {
          url: input.url,
          events: input.events,
          role: input.role,
          secret,
          secretStart: secret.slice(0, 10),
          staffMemberId: account.id,
          createdByStaffId: admin.id,
        });
      });
      return { webhook: presentWebhook(row), secret };
    },

    async listWebhooks(actor: SignedInActor) {
      manager(actor);
      return { items: (await repository.listEndpoints(db)).map(presentWebhook) };
    },

    async updateWebhook(actor: SignedInActor, id: string, input: z.output<typeof updateWebhookSchema>) {
      manager(actor);
      const row = await repository.updateEndpoint(db, id, {
        ...(input.events ? { events: input.events } : {}),
        ...(input.enabled === undefined
          ? {}
          : input.enabled
            ? { disabledAt: null, failingSince: null }
            : { disabledAt: new Date() }),
      });
      return row ? presentWebhook(row) : denyAsNotFound();
    },

    async deleteWebhook(actor: SignedInActor, id: string) {
      manager(actor);
      if (!(await repository.deleteEndpoint(db, id))) denyAsNotFound();
    },

    async listDeliveries(
      actor: SignedInActor,
      id: string,
      query: { cursor?: string | undefined; limit: number },
    ) {
      manager(actor);
      if (!(await repository.findEndpoint(db, id))) denyAsNotFound();
      const rows = await repository.listDeliveries(db, id, decodeCursor(query.cursor), query.limit + 1);
      return toPage(rows, query.limit, presentDelivery);
    },

    async redeliver(actor: SignedInActor, id: string, deliveryId: string) {
      manager(actor);
      if (!(await repository.requeueDelivery(db, id, deliveryId))) denyAsNotFound();
    },
  };
}
export type WebhooksService = ReturnType<typeof createWebhooksService>;
