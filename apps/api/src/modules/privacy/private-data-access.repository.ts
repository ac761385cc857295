// The only code that reads and writes the access log of customers' private data.
import type { DbClient } from "../../db/prisma.ts";
import { afterCursor, type CursorPosition } from "../../lib/cursor.ts";

export interface NewAccessRecord {
  staffId: string;
  customerId: string;
  fields: string[];
  source: string;
  screen: string | null;
}

export async function insertAccessRecords(db: DbClient, records: NewAccessRecord[]): Promise<void> {
  if (records.length > 0) await db.privateDataAccess.createMany({ data: records });
}

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export async function listAccessRecords(
  db: DbClient,
  of: { customerId: string } | { staffId: string },
  after: CursorPosition | undefined,
  take: number,
) {
  return db.privateDataAccess.findMany({
    where: { AND: [of, afterCursor(after, "desc")] },
    orderBy: newestFirst,
    take,
  });
}
export type AccessRecordRow = Awaited<ReturnType<typeof listAccessRecords>>[number];

/**
 * Retention: deletes the records older than `before` (the only deletion the table's trigger allows,
 * and only in a transaction that declares it prunes); returns how many.
 */
export async function pruneAccessRecordsBefore(db: DbClient, before: Date): Promise<number> {
  await db.$executeRaw`SELECT set_config('helpdesk.pruning', 'on', true)`;
  const deleted = await db.privateDataAccess.deleteMany({ where: { createdAt: { lt: before } } });
  return deleted.count;
}
