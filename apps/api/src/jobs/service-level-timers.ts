// Warns the assignee (or the team) when 80% of a service-level target is used, and escalates a
// missed target (recorded, priority up a step), every minute on the job queue (job-queue.ts). The
// tickets claimed are locked and skipped by an overlapping run (FOR UPDATE SKIP LOCKED); what is due
// is in the tickets' columns, so nothing is lost or repeated across restarts. Warning e-mails go
// through the outbox.
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createSlaTimers } from "../modules/tickets/ticket-sla-timers.service.ts";

export function createServiceLevelTimers(deps: { db: Database; logger: Logger }) {
  const timers = createSlaTimers({ db: deps.db });
  return async () => {
    const done = await timers.runOnce();
    if (done.warned > 0 || done.escalated > 0)
      deps.logger.info(done, "service-level warnings and escalations");
  };
}
