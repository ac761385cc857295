// Keeps the reports' rollup (report_ticket_facts) current: every minute in each API process, the
// tickets changed since the last run get their working minutes counted on the business calendar
// (docs/adr/0016-reports-rollups-and-charts.md). Upserts are idempotent, so two processes at once
// do the same work twice at worst; the reports also catch up before they read.
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createPeriodicTask } from "../lib/periodic-task.ts";
import { createReportsService } from "../modules/reports/reports.service.ts";

export function createReportRollup(deps: { db: Database; logger: Logger; intervalMs?: number }) {
  const reports = createReportsService({ db: deps.db });
  return createPeriodicTask(
    async () => {
      const refreshed = await reports.refresh();
      if (refreshed > 0) deps.logger.info({ refreshed }, "report rollup refreshed");
    },
    {
      intervalMs: deps.intervalMs ?? 60_000,
      onError: (error) => deps.logger.error({ err: error }, "report rollup failed"),
    },
  );
}
