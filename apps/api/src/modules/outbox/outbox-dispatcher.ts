// Delivers the domain-event outbox: rows written in the same transaction as the change they describe
// are turned into e-mails here, with retries, backoff and a dead-letter state. Several API processes
// can run it at once: each claims a batch of rows (SKIP LOCKED plus a lease) and the others skip them.
// A batch is sent in parallel lanes over the pooled SMTP transport, one lane per ticket, so a
// ticket's e-mails still go out in the order they happened.
//
// Every write here is its own short statement: claim (count the try, lease the rows), send, then mark
// each e-mail dispatched as soon as the server accepted it. A crash (kill -9, lost database) can
// therefore repeat at most the e-mails that were in flight (one per lane), when their lease runs
// out; nothing already marked is sent again.
import type { Database } from "../../db/prisma.ts";
import { createCoalescedWriter } from "../../lib/coalesced-writer.ts";
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
  /** Rows claimed at once; the next batch follows at once while work is waiting. */
  batchSize?: number;
  /** E-mails composed and sent at the same time. */
  concurrency?: number;
  /** The pause after a batch that found less than a full batch due. */
  pollIntervalMs?: number;
}

export const exponentialBackoff = (baseMs: number, capMs: number) => (attempt: number) =>
  Math.min(capMs, baseMs * 2 ** (attempt - 1));

/** E-mails sent at the same time by default: at most this many can repeat after a crash. */
export const OUTBOX_LANES = 8;

type Outcome = "delivered" | "failed" | "unreachable";

/** The claims of one ticket (or of one ticketless event), in the order they happened. */
function lanesOf(claims: ClaimedEvent[]): ClaimedEvent[][] {
  const lanes = new Map<string, ClaimedEvent[]>();
  for (const claim of claims) {
    const key = claim.event.ticketId ?? claim.event.id;
    const lane = lanes.get(key);
    if (lane) lane.push(claim);
    else lanes.set(key, [claim]);
  }
  return [...lanes.values()];
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function forEachAtMost<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function createOutboxDispatcher(options: OutboxDispatcherOptions) {
  const { db, mailer, logger, compose } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? exponentialBackoff(30_000, 3_600_000);
  const connectionRetryMs = options.connectionRetryMs ?? 5_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const batchSize = options.batchSize ?? 50;
  const concurrency = options.concurrency ?? OUTBOX_LANES;
  let stopping = false;
  /** The claims taken and not yet finished, so a shutdown that cannot wait for them can give them back. */
  const inFlight = new Set<ClaimedEvent>();
  // The lanes' marks share statements: one per round trip instead of one per e-mail.
  const markDispatched = createCoalescedWriter((ids: string[]) => repository.markDispatched(db, ids));

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

  /** Sends a claimed event's e-mail and marks it. */
  async function deliver(claim: ClaimedEvent): Promise<Outcome> {
    const { event, attempts } = claim;
    if (attempts > maxAttempts) {
      // Its earlier tries never finished (the process ended while sending, each time).
      return recordFailure(claim, new Error(`gave up: ${attempts - 1} tries did not finish`));
    }
    try {
      const email = await compose(event);
      if (email) await mailer.send(email);
    } catch (error) {
      return await recordFailure(claim, error);
    }
    // Accepted by the mail server: record it at once, on its own, so nothing can roll it back.
    await markDispatched(event.id);
    return "delivered";
  }

  /**
   * One batch: claims up to `batchSize` due events and delivers them, until `stopped()`. Once the
   * mail server is unreachable, the rest of the batch is given back untried for a while: the others
   * would fail the same way now.
   */
  async function deliverBatch(stopped: () => boolean = () => false) {
    const claims = await repository.claimDueEvents(db, leaseMs, batchSize);
    for (const claim of claims) inFlight.add(claim);
    let delivered = 0;
    let unreachable = false;
    const deliverLane = async (lane: ClaimedEvent[]) => {
      for (const claim of lane) {
        try {
          if (unreachable || stopped()) {
            const dueAt = new Date(Date.now() + (unreachable ? connectionRetryMs : 0));
            await repository.releaseClaim(db, claim.event.id, claim.attempts, dueAt);
            continue;
          }
          const outcome = await deliver(claim);
          if (outcome === "delivered") delivered++;
          if (outcome === "unreachable") unreachable = true;
        } catch (error) {
          // Recording the outcome failed (the database is away): the lease brings it back.
          logger.error({ err: error, eventId: claim.event.id }, "outbox delivery could not be recorded");
        } finally {
          inFlight.delete(claim);
        }
      }
    };
    try {
      await forEachAtMost(lanesOf(claims), concurrency, deliverLane);
    } finally {
      for (const claim of claims) inFlight.delete(claim);
    }
    return { claimed: claims.length, delivered };
  }

  /** Batches back to back while full ones come (no pause while work is waiting). */
  async function deliverWhileBusy() {
    while (!stopping) {
      const { claimed } = await deliverBatch(() => stopping);
      if (claimed < batchSize) return;
    }
  }

  const polling = createPeriodicTask(deliverWhileBusy, {
    // Short: a confirmation should not wait long for the next look (an empty look is one indexed query).
    intervalMs: options.pollIntervalMs ?? 250,
    onError: (error) => logger.error({ err: error }, "outbox batch failed"),
  });

  return {
    /** One batch; returns how many e-mails were delivered. */
    deliverBatch: async () => (await deliverBatch()).delivered,
    /** Delivers until nothing is due (tests and the benchmark use it). */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const { delivered } = await deliverBatch();
        total += delivered;
        if (delivered === 0) return total;
      }
    },
    start() {
      stopping = false;
      polling.start();
    },
    /**
     * Takes no new work from now on and waits for the e-mails in flight. With `graceMs`, waits at
     * most that long; e-mails still being sent then are given back (due again at once), and the
     * caller is expected to end the process, which breaks off the SMTP conversations.
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
      if (finished || inFlight.size === 0) return;
      const claims = [...inFlight];
      logger.warn(
        { eventIds: claims.map((claim) => claim.event.id) },
        "shutting down mid-send; the e-mails are given back",
      );
      await Promise.all(claims.map((claim) => repository.releaseClaim(db, claim.event.id, claim.attempts)));
    },
  };
}
export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;
