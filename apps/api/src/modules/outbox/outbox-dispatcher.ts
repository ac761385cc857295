// Delivers the domain-event outbox: rows written in the same transaction as the change they describe
// are turned into e-mails here, with retries, backoff and a dead-letter state. Several API processes
// can run it at once: each claims one row at a time (SKIP LOCKED plus a lease) and the others skip it.
//
// Every write here is its own short statement: claim (count the try, lease the row), send, then mark
// it dispatched at once. A crash (kill -9, lost database) can therefore repeat at most the one e-mail
// that was in flight, when its lease runs out; nothing already marked is sent again.
import type { Database } from "../../db/prisma.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Mailer, OutgoingEmail } from "../../lib/mail/mailer.ts";
import { classifySmtpFailure } from "../../lib/mail/smtp-failure.ts";
import { createPeriodicTask } from "../../lib/periodic-task.ts";
import type { ClaimedEvent, OutboxEvent } from "./outbox.repository.ts";
import * as repository from "./outbox.repository.ts";

export type { OutboxEvent };

export interface OutboxDispatcherOptions {
  db: Database;
  mailer: Mailer;
  logger: Logger;
  /** The e-mail an event becomes, or null when it concerns nobody outside (at most one per event). */
  compose: (event: OutboxEvent) => Promise<OutgoingEmail | null>;
  /** Tries before a temporarily failing e-mail is dead-lettered (unreachable-server tries do not count). */
  maxAttempts?: number;
  /** Wait before retry n (1-based) after a temporary failure (4xx, or composing failed). */
  backoffMs?: (attempt: number) => number;
  /** Wait before trying again while the mail server cannot be reached: short, so a recovered server is used soon. */
  connectionRetryMs?: number;
  /** How long a claimed row is ours: a process that dies mid-send leaves it due again after this. */
  leaseMs?: number;
  batchSize?: number;
  pollIntervalMs?: number;
}

export const exponentialBackoff = (baseMs: number, capMs: number) => (attempt: number) =>
  Math.min(capMs, baseMs * 2 ** (attempt - 1));

type Outcome = "none" | "delivered" | "failed" | "unreachable";

export function createOutboxDispatcher(options: OutboxDispatcherOptions) {
  const { db, mailer, logger, compose } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? exponentialBackoff(30_000, 3_600_000);
  const connectionRetryMs = options.connectionRetryMs ?? 5_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const batchSize = options.batchSize ?? 10;
  let stopping = false;
  /** The claim being worked on, so a shutdown that cannot wait for it can give it back. */
  let inFlight: ClaimedEvent | undefined;

  async function recordFailure({ event, attempts }: ClaimedEvent, error: unknown): Promise<Outcome> {
    const message = error instanceof Error ? error.message : String(error);
    const kind = classifySmtpFailure(error);
    if (kind === "unreachable") {
      // Says nothing about this e-mail: the try does not count, and the next one comes soon.
      await repository.markAttemptFailed(db, event.id, attempts, {
        attempts: attempts - 1,
        error: message,
        nextAttemptAt: new Date(Date.now() + connectionRetryMs),
      });
      logger.warn({ eventId: event.id, err: error }, "mail server unreachable; will retry shortly");
      return "unreachable";
    }
    const dead = kind === "permanent" || attempts >= maxAttempts;
    await repository.markAttemptFailed(db, event.id, attempts, {
      attempts,
      error: message,
      nextAttemptAt: dead ? null : new Date(Date.now() + backoffMs(attempts)),
    });
    logger[dead ? "error" : "warn"](
      { eventId: event.id, attempts, err: error },
      dead ? "e-mail dead-lettered" : "e-mail delivery failed; will retry",
    );
    return "failed";
  }

  /** Claims, sends and marks the next due event. */
  async function deliverNext(): Promise<Outcome> {
    const claim = await repository.claimNextDueEvent(db, leaseMs);
    if (!claim) return "none";
    const { event, attempts } = claim;
    if (attempts > maxAttempts) {
      // Its earlier tries never finished (the process ended while sending, each time).
      return recordFailure(claim, new Error(`gave up: ${attempts - 1} tries did not finish`));
    }
    inFlight = claim;
    try {
      const email = await compose(event);
      if (email) await mailer.send(email);
    } catch (error) {
      return await recordFailure(claim, error);
    } finally {
      inFlight = undefined;
    }
    // Accepted by the mail server: record it at once, on its own, so nothing can roll it back.
    await repository.markDispatched(db, event.id);
    return "delivered";
  }

  /** Up to `batchSize` events, one at a time, until `stopped()`; returns how many were delivered. */
  async function deliverBatch(stopped: () => boolean = () => false): Promise<number> {
    let delivered = 0;
    for (let tried = 0; tried < batchSize && !stopped(); tried++) {
      const outcome = await deliverNext();
      if (outcome === "delivered") delivered++;
      // Nothing due, or the mail server is away: the others would fail the same way now.
      if (outcome === "none" || outcome === "unreachable") break;
    }
    return delivered;
  }

  const polling = createPeriodicTask(() => deliverBatch(() => stopping), {
    intervalMs: options.pollIntervalMs ?? 1_000,
    onError: (error) => logger.error({ err: error }, "outbox batch failed"),
  });

  return {
    deliverBatch: () => deliverBatch(),
    /** Delivers until nothing is due (tests and the benchmark use it). */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const delivered = await deliverBatch();
        total += delivered;
        if (delivered === 0) return total;
      }
    },
    start() {
      stopping = false;
      polling.start();
    },
    /**
     * Takes no new work from now on and waits for the e-mail in flight. With `graceMs`, waits at
     * most that long; an e-mail still being sent then is given back (due again at once), and the
     * caller is expected to end the process, which breaks off the SMTP conversation.
     */
    async stop({ graceMs }: { graceMs?: number } = {}): Promise<void> {
      stopping = true;
      const stopped = polling.stop();
      if (graceMs === undefined) return stopped;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        stopped.then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      const claim = inFlight;
      if (finished || !claim) return;
      logger.warn({ eventId: claim.event.id }, "shutting down mid-send; the e-mail is given back");
      await repository.releaseClaim(db, claim.event.id, claim.attempts);
    },
  };
}
export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;
