// One write = one transaction with a time budget that stops it as a whole.
//
// Why the statement timeout: when Prisma's interactive-transaction timeout fires while a statement
// is still running (say an INSERT waiting for a table lock), Prisma sends ROLLBACK on that
// connection and hands it back to the pool, but the operation in progress keeps the connection:
// node-postgres queues its next statements behind the ROLLBACK, so they run outside any
// transaction, in autocommit, on a connection the pool may already have given to someone else.
// (Seen: the message INSERT of a ticket failing on its foreign key after the ticket INSERT was
// rolled back.) A statement timeout well below the transaction timeout makes PostgreSQL end the
// waiting statement first: the operation fails, the transaction is aborted, and Prisma rolls it
// back the normal way, before its own timer fires.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Database, DbClient } from "./prisma.ts";

export const WRITE_BUDGET = {
  /** Wait for a pooled connection: enough for 20 concurrent retries of one request to queue. */
  maxWait: 15_000,
  /** The whole transaction (Prisma rolls back after this). */
  timeout: 20_000,
  /** Any one statement, lock waits included: far below `timeout`, far above a healthy write. */
  statementTimeoutMs: 5_000,
};

type CommitStep = () => Promise<void>;
/** The last steps of each open write transaction, by what gathers them (at most one step each). */
const lastStepsOf = new WeakMap<DbClient, Map<unknown, CommitStep>>();

/**
 * Leaves `step` for the very end of the write transaction `tx`, just before COMMIT, once per `key`;
 * false when `tx` is not a write transaction (the caller then writes at once). For writes that
 * hold a lock until COMMIT: taken last, the lock is held for one round trip, not the whole write.
 */
export function atEndOfTransaction(tx: DbClient, key: unknown, step: CommitStep): boolean {
  const steps = lastStepsOf.get(tx);
  if (!steps) return false;
  if (!steps.has(key)) steps.set(key, step);
  return true;
}

export function inWriteTransaction<T>(
  db: Database,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      // Local to this transaction: the pooled connection gets its default back at COMMIT/ROLLBACK.
      await tx.$queryRaw`SELECT set_config('statement_timeout', ${String(WRITE_BUDGET.statementTimeoutMs)}, true)`;
      const lastSteps = new Map<unknown, CommitStep>();
      lastStepsOf.set(tx, lastSteps);
      const result = await work(tx);
      for (const step of lastSteps.values()) await step();
      return result;
    },
    { maxWait: WRITE_BUDGET.maxWait, timeout: WRITE_BUDGET.timeout },
  );
}
