import type { Database } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { type AttemptLimit, createAttemptLimiter } from "./attempt-limiter.ts";

/** Limits per account (an address, a user) and per client address, taken together. */
export interface RequestLimits {
  perAccount: AttemptLimit;
  perClient: AttemptLimit;
}

/**
 * For actions where every request counts, not only failures (filing a guest ticket, sending a
 * file): each request is counted first, in one atomic increment per key, and refused with 429 and
 * Retry-After when that goes over a limit. Counting first keeps it exact under concurrency: of 60
 * simultaneous requests, exactly the limit gets through.
 */
export function createRequestLimits(db: Database, name: string, limits: RequestLimits) {
  const byAccount = createAttemptLimiter(db, `${name}:account`, limits.perAccount);
  const byClient = createAttemptLimiter(db, `${name}:client`, limits.perClient);

  async function take(limiter: typeof byAccount, key: string, limit: AttemptLimit) {
    if ((await limiter.hit(key)) <= limit.attempts) return;
    // Over the limit: the key is blocked now, and the check says for how long.
    await limiter.assertNotBlocked(key);
    throw new AppError("too_many_requests", "Too many requests. Try again later.", {
      headers: { "Retry-After": String(limit.blockSeconds) },
    });
  }

  return {
    /** Refuses (429) when the client address or the account is blocked, without counting. */
    async assertNotBlocked(account: string | undefined, clientAddress: string) {
      await byClient.assertNotBlocked(clientAddress);
      if (account !== undefined) await byAccount.assertNotBlocked(account);
    },
    /** Counts one request for the client address and (when given) the account; 429 beyond a limit. */
    async take(account: string | undefined, clientAddress: string) {
      await take(byClient, clientAddress, limits.perClient);
      if (account !== undefined) await take(byAccount, account, limits.perAccount);
    },
  };
}
export type RequestLimiter = ReturnType<typeof createRequestLimits>;
