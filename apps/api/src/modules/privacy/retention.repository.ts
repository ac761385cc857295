// The only code that reads and writes the retention settings and the record of retention runs.
import type { DbClient } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

const settingsSelect = {
  closedTicketMonths: true,
  privateDataLogMonths: true,
  suggestionEventMonths: true,
  scheduled: true,
  updatedAt: true,
} as const;

/** The one row of settings (the migration writes it). */
export async function findSettings(db: DbClient) {
  return db.retentionSettings.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
}
export type SettingsRow = Awaited<ReturnType<typeof findSettings>>;

export async function updateSettings(
  db: DbClient,
  settings: Omit<SettingsRow, "updatedAt">,
  staffId: string,
  at: Date,
) {
  return db.retentionSettings.update({
    where: { id: 1 },
    data: { ...settings, updatedByStaffId: staffId, updatedAt: at },
    select: settingsSelect,
  });
}

/**
 * Starts the record of a run. A real run fails here (unique) while another real one is unfinished:
 * one at a time across processes. A run left unfinished by a crash is closed first when it is older
 * than `staleBefore`.
 */
export async function insertRun(
  db: DbClient,
  run: { dryRun: boolean; startedByStaffId: string | null; periods: Prisma.InputJsonValue; startedAt: Date },
  staleBefore: Date,
) {
  if (!run.dryRun) {
    await db.retentionRun.updateMany({
      where: { dryRun: false, finishedAt: null, startedAt: { lt: staleBefore } },
      data: { finishedAt: staleBefore },
    });
  }
  return db.retentionRun.create({ data: run, select: { id: true } });
}

export async function finishRun(db: DbClient, id: string, counts: Prisma.InputJsonValue, at: Date) {
  return db.retentionRun.update({ where: { id }, data: { counts, finishedAt: at } });
}

export async function listRuns(db: DbClient, limit: number) {
  return db.retentionRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
}
export type RunRow = Awaited<ReturnType<typeof listRuns>>[number];

/** When the last real run that finished started: the schedule runs once a day. */
export async function lastFinishedRealRunStart(db: DbClient): Promise<Date | null> {
  const run = await db.retentionRun.findFirst({
    where: { dryRun: false, finishedAt: { not: null } },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true },
  });
  return run?.startedAt ?? null;
}
