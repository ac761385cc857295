// Delivers the domain-event outbox: rows written in the same transaction as the change they describe
// are turned into e-mails here, with retries, backoff and a dead-letter state. Several API processes
// can run it at once: each batch locks its rows and the others skip them.
import type { Database } from "../../db/prisma.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Mailer, OutgoingEmail } from "../../lib/mail/mailer.ts";
import { createPeriodicTask } from "../../lib/periodic-task.ts";
import type { OutboxEvent } from "./outbox.repository.ts";
import * as repository from "./outbox.repository.ts";

export type { OutboxEvent };

export interface OutboxDispatcherOptions {
  db: Database;
  mailer: Mailer;
  logger: Logger;
  /** The e-mail an event becomes, or null when it concerns nobody outside (at most one per event). */
  compose: (event: OutboxEvent) => Promise<OutgoingEmail | null>;
  maxAttempts?: number;
  /** Wait before retry n (1-based). */
  backoffMs?: (attempt: number) => number;
  batchSize?: number;
  pollIntervalMs?: number;
}

export const exponentialBackoff = (baseMs: number, capMs: number) => (attempt: number) =>
  Math.min(capMs, baseMs * 2 ** (attempt - 1));

export function createOutboxDispatcher(options: OutboxDispatcherOptions) {
  const { db, mailer, logger, compose } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? exponentialBackoff(30_000, 3_600_000);
  const batchSize = options.batchSize ?? 10;

  /** One batch; returns how many events it delivered. */
  async function deliverBatch(): Promise<number> {
    return db.$transaction(
      async (tx) => {
        let delivered = 0;
        for (const { event, attempts: triedBefore } of await repository.lockDueEvents(tx, batchSize)) {
          const attempts = triedBefore + 1;
          try {
            const email = await compose(event);
            if (email) await mailer.send(email);
            await repository.markDispatched(tx, event.id, attempts);
            delivered++;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const dead = attempts >= maxAttempts;
            await repository.markAttemptFailed(tx, event.id, {
              attempts,
              error: message,
              nextAttemptAt: dead ? null : new Date(Date.now() + backoffMs(attempts)),
            });
            logger[dead ? "error" : "warn"](
              { eventId: event.id, attempts, err: error },
              dead ? "e-mail dead-lettered" : "e-mail delivery failed; will retry",
            );
          }
        }
        return delivered;
      },
      // Room for a whole batch against a slow mail server (each send is bounded by the mailer's timeouts).
      { maxWait: 10_000, timeout: 300_000 },
    );
  }

  const polling = createPeriodicTask(deliverBatch, {
    intervalMs: options.pollIntervalMs ?? 1_000,
    onError: (error) => logger.error({ err: error }, "outbox batch failed"),
  });

  return {
    deliverBatch,
    /** Delivers until nothing is due (tests and the benchmark use it). */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const delivered = await deliverBatch();
        total += delivered;
        if (delivered === 0) return total;
      }
    },
    start: polling.start,
    stop: polling.stop,
  };
}
export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;
