// Follow-up of tickets waiting on the customer, every 15 minutes in each API process: one reminder
// after the admins' number of days, solved that many days later (see tickets/follow-up.service.ts;
// each step is sent once also when several processes run the job at once).
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createPeriodicTask } from "../lib/periodic-task.ts";
import { currentFollowUpSettings } from "../modules/follow-up/follow-up.service.ts";
import { createFollowUpRun } from "../modules/tickets/follow-up.service.ts";

export function createFollowUpJob(deps: { db: Database; logger: Logger; intervalMs?: number }) {
  const run = createFollowUpRun({ db: deps.db });
  return createPeriodicTask(
    async () => {
      const done = await run.runOnce(await currentFollowUpSettings(deps.db));
      if (done.reminded + done.solved > 0) deps.logger.info(done, "follow-up of pending tickets");
    },
    {
      intervalMs: deps.intervalMs ?? 15 * 60_000,
      onError: (error) => deps.logger.error({ err: error }, "follow-up of pending tickets failed"),
    },
  );
}
