import type { Database } from "../../db/prisma.ts";
import {
  type AttemptLimit,
  type AttemptLimiter,
  createAttemptLimiter,
  tooManyAttempts,
} from "../../lib/security/attempt-limiter.ts";
import type { RequestLimits } from "../../lib/security/request-limits.ts";

/**
 * Password checks. Every check is counted before the password is looked at, against three budgets
 * at once, and refused with 429 (without a check) when any of them is used up:
 * - per account and client address: 5 in 15 minutes. Guessing from one address stops here, while
 *   the owner signing in from any other address is not affected;
 * - per account, from all addresses together: 10 in 15 minutes. Guessing from many (rotating)
 *   addresses stops here: at most 10 guesses per account per 15 minutes, whoever asks;
 * - per client address, over all accounts: 30 in an hour (one address trying many accounts).
 * A correct password gives its check back on every budget; a wrong one keeps it.
 */
export const loginLimits = {
  perAccountAndClient: { attempts: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perAccount: { attempts: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perClient: { attempts: 30, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
} satisfies Record<string, AttemptLimit>;

/**
 * E-mailed links (sign-in, password reset), counted per request like every other request limit
 * (`createRequestLimits`): a mailbox and a client cannot be flooded.
 */
export const emailRequestLimits: RequestLimits = {
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

interface Budget {
  limiter: AttemptLimiter;
  key: string;
  attempts: number;
}

/**
 * Counts one attempt on every budget, atomically per budget. When one of them is used up, every
 * count is given back and the attempt is refused: 429 with the longest Retry-After.
 */
async function reserveAll(budgets: Budget[]): Promise<number[]> {
  const reservations = await Promise.all(budgets.map((b) => b.limiter.reserve(b.key)));
  const refusals = reservations.flatMap((r) => (r.allowed ? [] : [r.msBeforeNext]));
  if (refusals.length > 0) {
    await Promise.all(
      budgets.map((b, i) => {
        const reservation = reservations[i];
        const counted = reservation?.allowed || reservation?.counted;
        return counted ? b.limiter.release(b.key) : undefined;
      }),
    );
    throw tooManyAttempts(Math.max(...refusals));
  }
  return reservations.map((r) => r.count);
}

export function createLoginThrottle(db: Database) {
  const byAccountAndClient = createAttemptLimiter(
    db,
    "login:account-client",
    loginLimits.perAccountAndClient,
  );
  const byAccount = createAttemptLimiter(db, "login:account", loginLimits.perAccount);
  const byClient = createAttemptLimiter(db, "login:client", loginLimits.perClient);
  const budgetsOf = (email: string, clientIp: string): Budget[] => [
    { limiter: byAccountAndClient, key: `${email}|${clientIp}`, ...loginLimits.perAccountAndClient },
    { limiter: byAccount, key: email, ...loginLimits.perAccount },
    { limiter: byClient, key: clientIp, ...loginLimits.perClient },
  ];

  return {
    /**
     * Reserves one password check (429 when a budget is used up, without checking anything). The
     * caller reports how the check went; `failures` counts this address's checks of this account.
     */
    async reserve(email: string, clientIp: string) {
      const budgets = budgetsOf(email, clientIp);
      const counts = await reserveAll(budgets);
      return {
        failures: counts[0] ?? 0,
        /** The password was right: the check is given back on every budget. */
        async succeeded(): Promise<void> {
          await Promise.all(budgets.map((b) => b.limiter.release(b.key)));
        },
        /** The password was wrong: the check stays counted, and a used-up budget starts its block. */
        async failed(): Promise<void> {
          await Promise.all(
            budgets.map((b, i) => ((counts[i] ?? 0) >= b.attempts ? b.limiter.block(b.key) : undefined)),
          );
        },
      };
    },
    /** A password reset proves the mailbox: the account's own budget starts afresh. */
    async resetAccount(email: string): Promise<void> {
      await byAccount.reset(email);
    },
  };
}
