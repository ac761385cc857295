// The only code that reads and writes idempotency records (one per Idempotency-Key and caller).
import type { DbClient as Db } from "../../db/prisma.ts";

/** Claims an idempotency key; false when someone (maybe a concurrent retry) already holds it. */
export async function claimIdempotencyKey(
  db: Db,
  scope: string,
  key: string,
  requestHash: string,
): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "idempotency_records" ("scope", "key", "request_hash")
    VALUES (${scope}, ${key}, ${requestHash})
    ON CONFLICT ("scope", "key") DO NOTHING`;
  return inserted === 1;
}

export async function findIdempotencyRecord(db: Db, scope: string, key: string) {
  return db.idempotencyRecord.findUnique({
    where: { scope_key: { scope, key } },
    select: { requestHash: true, ticketId: true },
  });
}

/** Remembers which ticket the key's request made, for its retries. */
export async function linkIdempotencyRecord(db: Db, scope: string, key: string, ticketId: string) {
  await db.idempotencyRecord.update({ where: { scope_key: { scope, key } }, data: { ticketId } });
}
