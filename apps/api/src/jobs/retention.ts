// Applies the retention periods once a day, when an admin switched the schedule on (after looking
// at a preview). Every API process runs this timer; the run itself is one at a time across them
// (see the retention service), and a process that finds a run done less than a day ago does nothing.
import type { Logger } from "../lib/logger.ts";
import { createPeriodicTask } from "../lib/periodic-task.ts";
import type { RetentionService } from "../modules/privacy/retention.service.ts";

export function createRetentionSchedule(deps: {
  retention: Pick<RetentionService, "runWhenDue">;
  logger: Logger;
  intervalMs?: number;
}) {
  return createPeriodicTask(
    async () => {
      const run = await deps.retention.runWhenDue();
      if (run) deps.logger.info({ runId: run.id, counts: run.counts }, "retention applied");
    },
    {
      intervalMs: deps.intervalMs ?? 60 * 60_000,
      onError: (error) => deps.logger.error({ err: error }, "applying retention failed"),
    },
  );
}
