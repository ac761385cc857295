// The periodic jobs on graphile-worker (docs/adr/0024-job-queue.md): one task per job, a crontab
// with their intervals, and the worker that runs them, in the API process or a process of its own
// (src/worker.ts). Each cron tick becomes one job however many workers run: the crontab's last tick
// is kept in the database and only the worker that moves it adds the job.
import {
  type LogFunctionFactory,
  Logger as QueueLogger,
  type Runner,
  run,
  type TaskList,
} from "graphile-worker";
import type { Database } from "../db/prisma.ts";
import type { Logger } from "../lib/logger.ts";
import { createLiveEventPruning } from "../modules/live/live-event-pruning.ts";
import type { DataExports } from "../modules/privacy/data-export.service.ts";
import type { RetentionService } from "../modules/privacy/retention.service.ts";
import type { UploadsService } from "../modules/uploads/uploads.service.ts";
import { createAppointmentReminderJob } from "./appointment-reminders.ts";
import { createFollowUpJob } from "./follow-up.ts";
import { createLiveEventPruner } from "./live-event-pruner.ts";
import { createReportRollup } from "./report-rollup.ts";
import { createRetentionSchedule } from "./retention.ts";
import { createServiceLevelTimers } from "./service-level-timers.ts";
import { createStagedUploadSweeper } from "./staged-upload-sweeper.ts";

export interface PeriodicJobDeps {
  db: Database;
  logger: Logger;
  uploads: Pick<UploadsService, "deleteExpired">;
  dataExports: Pick<DataExports, "deleteExpired">;
  retention: Pick<RetentionService, "runWhenDue">;
}

/** The task each periodic job runs, by the name the crontab uses. */
export function periodicJobTasks(deps: PeriodicJobDeps): TaskList {
  const { db, logger } = deps;
  const tasks: Record<string, () => Promise<void>> = {
    staged_upload_sweep: createStagedUploadSweeper(deps),
    service_level_timers: createServiceLevelTimers({ db, logger }),
    appointment_reminders: createAppointmentReminderJob({ db, logger }),
    follow_up: createFollowUpJob({ db, logger }),
    report_rollup: createReportRollup({ db, logger }),
    retention_schedule: createRetentionSchedule(deps),
    live_event_prune: createLiveEventPruner({ pruning: createLiveEventPruning({ db }), logger }),
  };
  return Object.fromEntries(Object.entries(tasks).map(([name, task]) => [name, () => task()]));
}

/**
 * Today's intervals; cron's finest step is a minute, so the service-level timers (30 s before) run
 * every minute (see the ADR). Each job has its own queue, so runs of one job never overlap across
 * workers, and its own key, so a tick that finds the previous job still waiting replaces it instead
 * of piling up. A failed run is tried again (exponential backoff) until the next tick replaces it.
 */
const SCHEDULE: Array<[cron: string, task: string]> = [
  ["* * * * *", "service_level_timers"],
  ["* * * * *", "report_rollup"],
  ["*/5 * * * *", "appointment_reminders"],
  ["*/15 * * * *", "staged_upload_sweep"],
  ["*/15 * * * *", "follow_up"],
  // Hourly ones at different minutes, so they do not all start at once.
  ["7 * * * *", "retention_schedule"],
  ["37 * * * *", "live_event_prune"],
];
export const PERIODIC_JOB_CRONTAB = SCHEDULE.map(
  ([cron, task]) => `${cron} ${task} ?id=${task}&queue=${task}&jobKey=${task}&max=5`,
).join("\n");

/** graphile-worker's messages in our log; its line per finished job only at debug level. */
export function queueLoggerOf(logger: Logger): QueueLogger {
  const factory: LogFunctionFactory = (scope) => (level, message, meta) => {
    const fields = { ...scope, ...meta };
    const name = String(level);
    if (name === "error") logger.error(fields, message);
    else if (name === "warning") logger.warn(fields, message);
    else logger.debug(fields, message);
  };
  return new QueueLogger(factory);
}

export interface JobWorkerOptions {
  connectionString: string;
  logger: Logger;
  taskList: TaskList;
  crontab?: string;
  /** Jobs one worker runs at once; the hourly ones should not hold up the minute ones. */
  concurrency?: number;
  pollIntervalMs?: number;
}

/**
 * Starts a worker on its own small pool (the HTTP side keeps Prisma's), installing or upgrading the
 * queue's schema first. `stop()` takes no new jobs and waits for the running ones.
 */
export function startJobWorker(options: JobWorkerOptions): Promise<Runner> {
  const concurrency = options.concurrency ?? 3;
  return run({
    connectionString: options.connectionString,
    // Jobs, completions and cron each borrow a connection briefly; LISTEN holds one.
    maxPoolSize: concurrency + 2,
    concurrency,
    taskList: options.taskList,
    // An empty crontab would make it look for a crontab file.
    crontab: options.crontab ?? "# no periodic jobs",
    // Without batching, 0.17.3 marks a finished job done without waiting, and a stop that ends right
    // after it leaves the job locked (to be run again once the lock expires, 4 hours later); batched,
    // the stop waits for the batch.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    // The process handles SIGTERM itself: it stops the HTTP server and the worker together.
    noHandleSignals: true,
    logger: queueLoggerOf(options.logger),
    ...(options.pollIntervalMs ? { pollInterval: options.pollIntervalMs } : {}),
  });
}

/** The periodic jobs' worker as the API and worker processes run it. */
export function startPeriodicJobWorker(deps: PeriodicJobDeps & { connectionString: string }) {
  return startJobWorker({
    connectionString: deps.connectionString,
    logger: deps.logger,
    taskList: periodicJobTasks(deps),
    crontab: PERIODIC_JOB_CRONTAB,
  });
}
