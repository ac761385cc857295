// Keeps the reports' rollup (report_ticket_facts) current: every minute on the job queue
// (job-queue.ts), the tickets changed since the last run get their working minutes counted on the
// business calendar (docs/adr/0016-reports-rollups-and-charts.md). Upserts are idempotent; the
// reports also catch up before they read.
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createReportsService } from "../modules/reports/reports.service.ts";

export function createReportRollup(deps: { db: Database; logger: Logger }) {
  const reports = createReportsService({ db: deps.db });
  return async () => {
    const refreshed = await reports.refresh();
    if (refreshed > 0) deps.logger.info({ refreshed }, "report rollup refreshed");
  };
}
