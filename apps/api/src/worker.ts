// A process that only works in the background: the outbox, webhook deliveries and the job queue's
// periodic jobs, without an HTTP server (`pnpm --filter @helpdesk/api worker`). Run it next to API
// processes started with RUN_JOB_WORKER=false; any number of them share the work.
import { createApplication } from "./app.ts";
import { startBackgroundWork } from "./jobs/background-work.ts";
import { exitGracefullyOnSignal, openProcessResources, readConfigOrExit } from "./process-resources.ts";

const SHUTDOWN_GRACE_MS = 10_000;
const OUTBOX_STOP_GRACE_MS = 7_000;

const env = readConfigOrExit();
const resources = openProcessResources(env);
// The same services the API wires up; the HTTP app it also builds is never listened on.
const application = createApplication({ env, ...resources });
const working = startBackgroundWork({ env, ...resources, ...application });

// Takes no new work, lets the running jobs and the e-mail in flight finish, then closes the pool.
// Listening for the signal before anything runs: a SIGTERM that came earlier would just kill.
exitGracefullyOnSignal(resources.logger, SHUTDOWN_GRACE_MS, async () => {
  await (await working).stop({ outboxGraceMs: OUTBOX_STOP_GRACE_MS });
  await application.inbound.close();
  await resources.close();
});
await working;
resources.logger.info("worker running: outbox, webhook deliveries and periodic jobs");
