// Delivers webhook deliveries: signed POSTs with a time limit each, several at once, so a receiver
// that hangs holds one slot for at most `timeoutMs` and never the others. A failed attempt is tried
// again with exponential backoff until the delivery is `retryForMs` old; an endpoint whose attempts
// have all failed for `disableAfterMs` is disabled and the admins hear of it by e-mail (the outbox).
import http from "node:http";
import https from "node:https";
import { WEBHOOK_SIGNATURE_HEADER } from "@helpdesk/contracts";
import { type Listener, listen } from "../../db/listen.ts";
import type { Database } from "../../db/prisma.ts";
import type { Logger } from "../../lib/logger.ts";
import { createPeriodicTask } from "../../lib/periodic-task.ts";
import { checkOutboundUrl, guardedLookup, type OutboundPolicy } from "../../lib/security/outbound-address.ts";
import { recordOutboxEvent } from "../outbox/outbox.service.ts";
import { exponentialBackoff } from "../outbox/outbox-dispatcher.ts";
import { signWebhookBody } from "./webhook-signature.ts";
import type { AttemptRecord, ClaimedDelivery } from "./webhooks.repository.ts";

export type { ClaimedDelivery };

import * as repository from "./webhooks.repository.ts";

/** The outbox event that e-mails the admins about an endpoint that was disabled. */
export const WEBHOOK_DISABLED_EVENT = "webhook.disabled";

export interface WebhookDispatcherOptions {
  db: Database;
  logger: Logger;
  policy: OutboundPolicy;
  /** The JSON body of a delivery (composed once, at its first attempt). */
  compose: (delivery: ClaimedDelivery) => Promise<string>;
  timeoutMs?: number;
  backoffMs?: (attempt: number) => number;
  retryForMs?: number;
  disableAfterMs?: number;
  /** Attempts in flight at once in this process. */
  concurrency?: number;
  leaseMs?: number;
  /** How often due deliveries are looked for besides the NOTIFY of new ones (retries, lost wake-ups). */
  pollIntervalMs?: number;
  now?: () => Date;
}

const EXCERPT_LENGTH = 500;

interface Answer {
  statusCode: number;
  excerpt: string;
}

/** One POST, answered or not within the time limit; the body of the answer is read only in part. */
function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: OutboundPolicy,
  timeoutMs: number,
) {
  return new Promise<Answer>((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": Buffer.byteLength(body).toString() },
        lookup: guardedLookup(policy) as never,
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
      },
      (response) => {
        let excerpt = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (excerpt.length < EXCERPT_LENGTH) excerpt += chunk;
          else response.destroy();
        });
        const done = () =>
          resolve({ statusCode: response.statusCode ?? 0, excerpt: excerpt.slice(0, EXCERPT_LENGTH) });
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    request.on("error", (error) =>
      reject(error.name === "AbortError" ? new Error(`no answer within ${timeoutMs / 1000} s`) : error),
    );
    request.end(body);
  });
}

export function createWebhookDispatcher(options: WebhookDispatcherOptions) {
  const { db, logger, policy, compose } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const backoffMs = options.backoffMs ?? exponentialBackoff(30_000, 2 * 3_600_000);
  const retryForMs = options.retryForMs ?? 24 * 3_600_000;
  const disableAfterMs = options.disableAfterMs ?? 24 * 3_600_000;
  const concurrency = options.concurrency ?? 8;
  const leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 3);
  const now = options.now ?? (() => new Date());
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  async function attempt(delivery: ClaimedDelivery): Promise<void> {
    const started = performance.now();
    let record: AttemptRecord;
    try {
      // Checked again at every attempt: the name may point elsewhere by now (DNS rebinding).
      await checkOutboundUrl(delivery.endpoint.url, policy);
      let body = delivery.body;
      if (body === null) {
        body = await compose(delivery);
        await repository.storeBody(db, delivery.id, body);
      }
      const answer = await post(
        delivery.endpoint.url,
        body,
        {
          "Content-Type": "application/json",
          "User-Agent": "Helpdesk-Webhooks/1",
          "Helpdesk-Delivery": delivery.id,
          "Helpdesk-Event": delivery.event,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(delivery.endpoint.secret, body, now()),
        },
        policy,
        timeoutMs,
      );
      const ok = answer.statusCode >= 200 && answer.statusCode < 300;
      record = {
        statusCode: answer.statusCode,
        durationMs: Math.round(performance.now() - started),
        error: ok ? null : `HTTP ${answer.statusCode}`,
        responseExcerpt: answer.excerpt || null,
      };
    } catch (error) {
      record = {
        statusCode: null,
        durationMs: Math.round(performance.now() - started),
        error: (error instanceof Error ? error.message : String(error)).slice(0, EXCERPT_LENGTH),
        responseExcerpt: null,
      };
    }
    await finish(delivery, record);
  }

  async function finish(delivery: ClaimedDelivery, record: AttemptRecord) {
    const at = now();
    const target = { id: delivery.id, endpointId: delivery.endpoint.id };
    if (record.error === null) {
      await repository.recordAttempt(db, target, record, { delivered: true }, at);
      return;
    }
    const retryAt = new Date(at.getTime() + backoffMs(delivery.attempts));
    const giveUp = retryAt.getTime() - delivery.occurredAt.getTime() > retryForMs;
    const { failingSince } = await repository.recordAttempt(
      db,
      target,
      record,
      { delivered: false, nextAttemptAt: giveUp ? null : retryAt },
      at,
    );
    logger.warn({ deliveryId: delivery.id, error: record.error }, "webhook delivery failed");
    if (failingSince && at.getTime() - failingSince.getTime() >= disableAfterMs) {
      await db.$transaction(async (tx) => {
        if (await repository.disableFailingEndpoint(tx, delivery.endpoint.id, at)) {
          await recordOutboxEvent(tx, {
            type: WEBHOOK_DISABLED_EVENT,
            payload: { endpointId: delivery.endpoint.id },
          });
        }
      });
      logger.error({ endpointId: delivery.endpoint.id }, "webhook endpoint disabled after failing");
    }
  }

  /** Claims what fits in the free slots and starts it; returns how many were started. */
  async function fill(): Promise<number> {
    const free = concurrency - inFlight.size;
    if (free <= 0 || stopping) return 0;
    const claimed = await repository.claimDueDeliveries(db, free, leaseMs);
    for (const delivery of claimed) {
      const running: Promise<void> = attempt(delivery)
        .catch((error: unknown) =>
          logger.error({ err: error, deliveryId: delivery.id }, "webhook attempt failed"),
        )
        .finally(() => {
          inFlight.delete(running);
          // A freed slot takes the next due delivery at once, not at the next poll.
          if (!stopping)
            void fill().catch((error: unknown) => logger.error({ err: error }, "webhook claim failed"));
        });
      inFlight.add(running);
    }
    return claimed.length;
  }

  // New deliveries NOTIFY at commit: they start at once instead of at the next poll. Without the
  // listening connection (lost, or not yet made) the poll still finds them, and makes it again.
  let listener: Listener | null = null;
  let listening: Promise<void> | null = null;
  function listenForNewDeliveries(): Promise<void> {
    listening ??= listen(db, [repository.WEBHOOK_DELIVERIES_CHANNEL], {
      onNotification: () => {
        if (!stopping)
          void fill().catch((error: unknown) => logger.error({ err: error }, "webhook claim failed"));
      },
      onLost: (error) => {
        listener = null;
        listening = null;
        logger.warn({ err: error }, "webhook listener lost its connection");
      },
    })
      .then(async (opened) => {
        if (stopping) await opened.close();
        else listener = opened;
      })
      .catch((error: unknown) => {
        listening = null;
        logger.warn({ err: error }, "webhook listener could not connect");
      });
    return listening;
  }

  const polling = createPeriodicTask(
    async () => {
      if (!listener) await listenForNewDeliveries();
      return fill();
    },
    {
      intervalMs: options.pollIntervalMs ?? 1_000,
      onError: (error) => logger.error({ err: error }, "webhook poll failed"),
    },
  );

  return {
    /** Attempts everything due now (and what those attempts make due at once) until nothing is (tests). */
    async drain(): Promise<void> {
      for (;;) {
        const started = await fill();
        if (started === 0 && inFlight.size === 0) return;
        await Promise.race(inFlight);
      }
    },
    start() {
      stopping = false;
      polling.start();
    },
    async stop(): Promise<void> {
      stopping = true;
      await polling.stop();
      await listening;
      await listener?.close();
      listener = null;
      listening = null;
      await Promise.allSettled([...inFlight]);
    },
  };
}
export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
