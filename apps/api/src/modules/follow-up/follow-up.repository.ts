// The only place that queries follow_up_settings.
import type { FollowUpSettings } from "@helpdesk/contracts";
import type { DbClient as Db } from "../../db/prisma.ts";

export const DEFAULT_FOLLOW_UP: FollowUpSettings = { enabled: true, remindAfterDays: 3, solveAfterDays: 4 };

const columns = { enabled: true, remindAfterDays: true, solveAfterDays: true } as const;

export async function findSettings(db: Db): Promise<FollowUpSettings> {
  return (await db.followUpSettings.findUnique({ where: { id: 1 }, select: columns })) ?? DEFAULT_FOLLOW_UP;
}

export function saveSettings(db: Db, settings: FollowUpSettings) {
  return db.followUpSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...settings },
    update: settings,
    select: columns,
  });
}
