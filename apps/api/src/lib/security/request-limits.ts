import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { type AttemptLimit, createAttemptLimiter } from "./attempt-limiter.ts";

/** Limits per account (an address, a user) and per client address, taken together. */
export interface RequestLimits {
  perAccount: AttemptLimit;
  perClient: AttemptLimit;
}

/**
 * The one mechanism for actions where every request counts, not only failures (filing a guest
 * ticket, asking for a sign-in or reset link, sending a file and its bytes): each request is
 * counted first, in one atomic increment per key, and refused with 429 and Retry-After when that
 * goes over a limit. Counting first keeps it exact under concurrency: of 60 simultaneous requests,
 * exactly the limit gets through. Either key may be left out (a guest has no account; staff share
 * an office address, so their files count per account only).
 */
export function createRequestLimits(
  db: Database,
  name: string,
  limits: RequestLimits,
  refusal = "Too many requests. Try again later.",
) {
  const byAccount = createAttemptLimiter(db, `${name}:account`, limits.perAccount);
  const byClient = createAttemptLimiter(db, `${name}:client`, limits.perClient);

  async function take(limiter: typeof byAccount, key: string, limit: AttemptLimit, points: number) {
    if ((await limiter.hit(key, points)) <= limit.attempts) return;
    // Over the limit: the key is blocked now, and the check says for how long.
    await limiter.assertNotBlocked(key);
    throw new AppError("too_many_requests", refusal, {
      headers: { "Retry-After": String(limit.blockSeconds) },
    });
  }

  return {
    /** Refuses (429) when the client address or the account is blocked, without counting. */
    async assertNotBlocked(account: string | undefined, clientAddress: string | undefined) {
      if (clientAddress !== undefined) await byClient.assertNotBlocked(clientAddress);
      if (account !== undefined) await byAccount.assertNotBlocked(account);
    },
    /**
     * Counts one request (or `points` of it, e.g. bytes) for the client address and the account,
     * each when given; 429 beyond a limit.
     */
    async take(account: string | undefined, clientAddress: string | undefined, points = 1) {
      if (clientAddress !== undefined) await take(byClient, clientAddress, limits.perClient, points);
      if (account !== undefined) await take(byAccount, account, limits.perAccount, points);
    },
  };
}
export type RequestLimiter = ReturnType<typeof createRequestLimits>;

/** What a metered request learns: the RateLimit-* headers of its answer. */
export interface MeteredRequest {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/** The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers) for a metered request. */
export const rateLimitHeaders = (metered: MeteredRequest, windowSeconds: number): Record<string, string> => ({
  "RateLimit-Limit": String(metered.limit),
  "RateLimit-Remaining": String(metered.remaining),
  "RateLimit-Reset": String(metered.resetSeconds),
  "RateLimit-Policy": `${metered.limit};w=${windowSeconds}`,
});

/**
 * A pace for every request of a caller (a user, an API token), on the same counters in PostgreSQL
 * as the limits above, so all API processes share one count: `requests` per window, then 429 with
 * Retry-After until the window ends. Counted first, in one atomic increment, so parallel requests
 * through several processes get exactly `requests` through.
 */
export function createRequestMeter(
  db: Database,
  name: string,
  { requests, windowSeconds }: { requests: number; windowSeconds: number },
) {
  const counter = createAttemptLimiter(db, name, {
    attempts: requests,
    windowSeconds,
    blockSeconds: windowSeconds,
  });
  return {
    windowSeconds,
    async take(key: string): Promise<MeteredRequest> {
      const { count, msBeforeReset } = await counter.meter(key);
      const metered = {
        limit: requests,
        remaining: Math.max(0, requests - count),
        resetSeconds: Math.max(1, Math.ceil(msBeforeReset / 1000)),
      };
      if (count <= requests) return metered;
      throw new AppError(
        "too_many_requests",
        `At most ${requests} requests per ${windowSeconds} s. Try again later.`,
        {
          headers: {
            ...rateLimitHeaders(metered, windowSeconds),
            "Retry-After": String(metered.resetSeconds),
          },
        },
      );
    },
  };
}
export type RequestMeter = ReturnType<typeof createRequestMeter>;
