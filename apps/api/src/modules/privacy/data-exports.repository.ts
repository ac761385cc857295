// The only code that reads and writes data exports.
import type { DbClient } from "../../db/prisma.ts";

/** A new export being prepared; a second one for the same customer fails on the partial unique index. */
export async function insertRequestedExport(
  db: DbClient,
  request: { customerId: string; requestedByStaffId: string | null },
) {
  return db.dataExport.create({ data: request, select: { id: true, createdAt: true } });
}

export async function findExport(db: DbClient, id: string) {
  return db.dataExport.findUnique({ where: { id } });
}

/** The archive is stored and its link made (again, when the e-mail is retried: the old link ends). */
export async function markReady(
  db: DbClient,
  id: string,
  ready: { storageKey: string; tokenHash: string; expiresAt: Date },
) {
  await db.dataExport.update({ where: { id }, data: { ...ready, status: "ready" } });
}

/**
 * Takes the archive of a valid link for this customer, once: the row turns `downloaded` in the same
 * statement that finds it, so two clicks cannot both get it. Null for anything else.
 */
export async function claimDownload(db: DbClient, tokenHash: string, customerId: string, now: Date) {
  const [claimed] = await db.$queryRaw<{ storage_key: string }[]>`
    WITH valid AS (
      SELECT id, storage_key FROM data_exports
      WHERE token_hash = ${tokenHash} AND customer_id = ${customerId}::uuid
        AND status = 'ready' AND expires_at > ${now}
      FOR UPDATE
    )
    UPDATE data_exports d
    SET status = 'downloaded', downloaded_at = ${now}, storage_key = NULL, token_hash = NULL
    FROM valid WHERE d.id = valid.id
    RETURNING valid.storage_key`;
  return claimed?.storage_key ?? null;
}

export async function hasExportInPreparation(db: DbClient, customerId: string): Promise<boolean> {
  return (await db.dataExport.count({ where: { customerId, status: "requested" } })) > 0;
}

/** Archives nobody fetched in time: their files are to be deleted. */
export async function takeExpiredArchives(db: DbClient, now: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ storage_key: string }[]>`
    WITH expired AS (
      SELECT id, storage_key FROM data_exports
      WHERE status = 'ready' AND expires_at <= ${now} AND storage_key IS NOT NULL
      FOR UPDATE SKIP LOCKED
    )
    UPDATE data_exports d SET storage_key = NULL, token_hash = NULL
    FROM expired WHERE d.id = expired.id
    RETURNING expired.storage_key`;
  return rows.map((row) => row.storage_key);
}

/** An erased customer's exports go with them (their archives' files are deleted by the caller). */
export async function deleteExportsOf(db: DbClient, customerId: string): Promise<string[]> {
  const rows = await db.dataExport.findMany({ where: { customerId }, select: { storageKey: true } });
  await db.dataExport.deleteMany({ where: { customerId } });
  return rows.flatMap((row) => (row.storageKey ? [row.storageKey] : []));
}
