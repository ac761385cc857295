// Follow-up of tickets waiting on the customer, every 15 minutes on the job queue (job-queue.ts): one
// reminder after the admins' number of days, solved that many days later (see
// tickets/follow-up.service.ts; each step is sent once also when two runs overlap).
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { currentFollowUpSettings } from "../modules/follow-up/follow-up.service.ts";
import { createFollowUpRun } from "../modules/tickets/follow-up.service.ts";

export function createFollowUpJob(deps: { db: Database; logger: Logger }) {
  const run = createFollowUpRun({ db: deps.db });
  return async () => {
    const done = await run.runOnce(await currentFollowUpSettings(deps.db));
    if (done.reminded + done.solved > 0) deps.logger.info(done, "follow-up of pending tickets");
  };
}
