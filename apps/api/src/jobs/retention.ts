// Applies the retention periods once a day, when an admin switched the schedule on (after looking
// at a preview). The job queue asks every hour (job-queue.ts); the run itself is one at a time (see
// the retention service), and a run done less than a day ago means nothing to do.
import type { Logger } from "../lib/logger.ts";
import type { RetentionService } from "../modules/privacy/retention.service.ts";

export function createRetentionSchedule(deps: {
  retention: Pick<RetentionService, "runWhenDue">;
  logger: Logger;
}) {
  return async () => {
    const run = await deps.retention.runWhenDue();
    if (run) deps.logger.info({ runId: run.id, counts: run.counts }, "retention applied");
  };
}
