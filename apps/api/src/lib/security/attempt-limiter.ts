import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { countRequest } from "./rate-limits.repository.ts";

export interface AttemptLimit {
  /** Attempts allowed within the window before the key is blocked. */
  attempts: number;
  windowSeconds: number;
  blockSeconds: number;
}

/** The outcome of counting an attempt: allowed, with the key's count, or refused. */
export type Reservation =
  | { allowed: true; count: number }
  | { allowed: false; count: number; msBeforeNext: number; counted: boolean };

/**
 * Counts attempts per key (an account, a client address) in PostgreSQL, so limits hold across API
 * processes. An attempt is counted before the work it guards (reserve), in one atomic increment, so
 * parallel requests cannot all pass a check made before any of them was counted; work that turns
 * out fine gives its attempt back (release).
 */
export interface AttemptLimiter {
  /** Counts one attempt now; refused when the key has used up its attempts (the count stays). */
  reserve(key: string): Promise<Reservation>;
  /** Gives back one attempt counted by reserve (a refused but counted one, or one that succeeded). */
  release(key: string): Promise<void>;
  /** Starts the block of a key that has used up its attempts. */
  block(key: string): Promise<void>;
  reset(key: string): Promise<void>;
  /**
   * Check now, count later: for limits where a few extra attempts under concurrency do no harm
   * (upload quotas). Anything guarding a secret (passwords, links) uses reserve.
   */
  assertNotBlocked(key: string): Promise<void>;
  /** Counts one attempt (or `points`, e.g. bytes) after the fact; returns the key's use in this window. */
  hit(key: string, points?: number): Promise<number>;
  /**
   * Counts one request in a plain window, without blocks: the key's use so far (this one included)
   * and when the window ends. For metering, where the window's end is the only wait.
   */
  meter(key: string): Promise<{ count: number; msBeforeReset: number }>;
}

export function createAttemptLimiter(db: Database, name: string, limit: AttemptLimit): AttemptLimiter {
  const limiter = new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: name,
    points: limit.attempts,
    duration: limit.windowSeconds,
    // Expired rows are overwritten on the next hit; no background timers in the API process.
    clearExpiredByTimeout: false,
  });
  // Blocks are kept apart from the counts: the library's block() overwrites a key's count, which
  // would lose attempts counted at the same moment by parallel requests.
  const blocks = new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: `${name}:blocked`,
    points: 1,
    duration: limit.blockSeconds,
    clearExpiredByTimeout: false,
  });
  const blockOf = async (key: string) => {
    const block = await blocks.get(key);
    return block && block.consumedPoints > 0 ? block : null;
  };

  async function reserve(key: string): Promise<Reservation> {
    const block = await blockOf(key);
    if (block)
      return { allowed: false, count: limit.attempts, msBeforeNext: block.msBeforeNext, counted: false };
    try {
      const state = await limiter.consume(key);
      return { allowed: true, count: state.consumedPoints };
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) throw rejected;
      return {
        allowed: false,
        count: rejected.consumedPoints,
        msBeforeNext: rejected.msBeforeNext,
        counted: true,
      };
    }
  }

  return {
    reserve,
    async release(key) {
      const state = await limiter.reward(key, 1);
      // A window that ended while the attempt ran starts over from nothing, not from minus one.
      if (state.consumedPoints < 0) await limiter.delete(key);
    },
    async block(key) {
      await blocks.block(key, limit.blockSeconds);
    },
    async reset(key) {
      await Promise.all([limiter.delete(key), blocks.delete(key)]);
    },
    async assertNotBlocked(key) {
      const block = await blockOf(key);
      if (block) throw tooManyAttempts(block.msBeforeNext);
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limit.attempts) throw tooManyAttempts(state.msBeforeNext);
    },
    async hit(key, points = 1) {
      let count: number;
      try {
        count = (await limiter.consume(key, points)).consumedPoints;
      } catch (rejected) {
        if (!(rejected instanceof RateLimiterRes)) throw rejected;
        count = rejected.consumedPoints;
      }
      if (count >= limit.attempts) await blocks.block(key, limit.blockSeconds);
      return count;
    },
    meter: (key) => countRequest(db, limiter.getKey(key), limit.windowSeconds),
  };
}

/** 429 with Retry-After: the answer to an attempt a limiter refused. */
export function tooManyAttempts(msBeforeNext: number): AppError {
  return new AppError("too_many_requests", "Too many attempts. Try again later.", {
    headers: { "Retry-After": String(Math.max(1, Math.ceil(msBeforeNext / 1000))) },
  });
}

/** Erasure: every limit's counters keyed by this e-mail address go (they name the person). */
export { deleteLimitKeysNaming as forgetLimitsNaming } from "./rate-limits.repository.ts";
