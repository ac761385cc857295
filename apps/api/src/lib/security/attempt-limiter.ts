import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";

export interface AttemptLimit {
  /** Attempts allowed within the window before the key is blocked. */
  attempts: number;
  windowSeconds: number;
  blockSeconds: number;
}

/**
 * Counts attempts per key (an account, a client address) in PostgreSQL, so limits hold across API
 * processes, and refuses with 429 and Retry-After once a key has used up its attempts.
 */
export interface AttemptLimiter {
  /** Throws 429 when the key is blocked. */
  assertNotBlocked(key: string): Promise<void>;
  /** Counts one attempt (or `points`, e.g. bytes); returns how many the key has used in this window. */
  hit(key: string, points?: number): Promise<number>;
  reset(key: string): Promise<void>;
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
  const tooMany = (msBeforeNext: number) =>
    new AppError("too_many_requests", "Too many attempts. Try again later.", {
      headers: { "Retry-After": String(Math.max(1, Math.ceil(msBeforeNext / 1000))) },
    });

  return {
    async assertNotBlocked(key) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limit.attempts) throw tooMany(state.msBeforeNext);
    },
    async hit(key, points = 1) {
      try {
        const state = await limiter.consume(key, points);
        if (state.consumedPoints >= limit.attempts) await limiter.block(key, limit.blockSeconds);
        return state.consumedPoints;
      } catch (rejected) {
        if (rejected instanceof RateLimiterRes) return rejected.consumedPoints;
        throw rejected;
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
