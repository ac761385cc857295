import type { Database } from "../../db/prisma.ts";
import { type AttemptLimit, createAttemptLimiter } from "../../lib/security/attempt-limiter.ts";

export interface ThrottleLimits {
  perAccount: AttemptLimit;
  perClient: AttemptLimit;
}

/** Failed logins: 5 per account and 30 per client address, then a 15-minute or one-hour block. */
export const loginLimits: ThrottleLimits = {
  perAccount: { attempts: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perClient: { attempts: 30, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
};

/** E-mailed links (sign-in, password reset): a mailbox and a client cannot be flooded. */
export const emailRequestLimits: ThrottleLimits = {
  perAccount: { attempts: 3, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perClient: { attempts: 20, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
};

/**
 * Delay before answering a failed login: none for the first two, then doubling from half a second
 * up to four, so guessing slows long before the block.
 */
export function failedLoginDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(500 * 2 ** (failures - 3), 4_000);
}

/** Limits per account (by e-mail address) and per client address, checked together. */
export function createThrottle(db: Database, name: string, limits: ThrottleLimits) {
  const byAccount = createAttemptLimiter(db, `${name}:account`, limits.perAccount);
  const byClient = createAttemptLimiter(db, `${name}:client`, limits.perClient);
  return {
    async assertMayTry(email: string, clientIp: string) {
      await byAccount.assertNotBlocked(email);
      await byClient.assertNotBlocked(clientIp);
    },
    /** Counts an attempt against both; returns the account's count. */
    async hit(email: string, clientIp: string) {
      const [accountCount] = await Promise.all([byAccount.hit(email), byClient.hit(clientIp)]);
      return accountCount;
    },
    async resetAccount(email: string) {
      await byAccount.reset(email);
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;
