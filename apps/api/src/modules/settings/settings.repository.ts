// The only reader and writer of app_settings: one row per key. The general settings (team name,
// public address, sender, footer, support hours) are one row holding JSON, so one `updated_at` tells
// whether anything changed (optimistic concurrency, and the cache's freshness).
import type { DbClient } from "../../db/prisma.ts";

export async function findSetting(db: DbClient, key: string): Promise<string | undefined> {
  return (await db.appSetting.findUnique({ where: { key }, select: { value: true } }))?.value;
}

export async function saveSetting(db: DbClient, key: string, value: string | null): Promise<void> {
  if (value === null) await db.appSetting.deleteMany({ where: { key } });
  else await db.appSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

export function findSettingRow(db: DbClient, key: string) {
  return db.appSetting.findUnique({ where: { key }, select: { value: true, updatedAt: true } });
}

/**
 * Writes the row only while it is the version the editor opened: `expected` null means "never
 * saved" (a concurrent first save loses on the primary key). False when someone saved since.
 */
export async function saveSettingIfUnchanged(
  db: DbClient,
  key: string,
  value: string,
  expected: Date | null | undefined,
): Promise<boolean> {
  if (expected === undefined) {
    await db.appSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
    return true;
  }
  if (expected === null) {
    const { count } = await db.appSetting.createMany({ data: [{ key, value }], skipDuplicates: true });
    return count === 1;
  }
  const { count } = await db.appSetting.updateMany({ where: { key, updatedAt: expected }, data: { value } });
  return count === 1;
}
