import type { Server } from "node:http";
import { createApplication } from "./app.ts";
import { startBackgroundWork } from "./jobs/background-work.ts";
import { startInboundSmtpServer } from "./modules/inbound-mail/inbound-smtp-server.ts";
import { exitGracefullyOnSignal, openProcessResources, readConfigOrExit } from "./process-resources.ts";

const SHUTDOWN_GRACE_MS = 10_000;
// The e-mail in flight gets this long to be accepted; then it is given back, leaving time to close.
const OUTBOX_STOP_GRACE_MS = 7_000;

const env = readConfigOrExit();
const resources = openProcessResources(env);
const { logger } = resources;
const application = createApplication({ env, ...resources });
const { app, inbound, live, warmUp } = application;

const inboundSmtp =
  env.INBOUND_SMTP_PORT === undefined
    ? undefined
    : await startInboundSmtpServer({ port: env.INBOUND_SMTP_PORT, inbound, logger });
if (inboundSmtp) logger.info({ port: inboundSmtp.port }, "inbound SMTP receiver listening");

// Warm before listening, so the first request is as fast as the rest; a database that is not up yet
// is the readiness check's to report, not a reason to stop here.
await warmUp({ mail: env.INBOUND_SMTP_PORT !== undefined || env.INBOUND_SECRET !== undefined }).catch(
  (error: unknown) => logger.warn({ err: error }, "warm-up did not finish; the first requests pay for it"),
);

// The outbox, webhooks and periodic jobs, unless separate worker processes (src/worker.ts) run them.
let background: Promise<Awaited<ReturnType<typeof startBackgroundWork>> | undefined> =
  Promise.resolve(undefined);
const server: Server = app.listen(env.PORT, () => {
  logger.info({ port: env.PORT }, `API listening on http://localhost:${env.PORT}/api/v1`);
  if (!env.RUN_JOB_WORKER) return;
  background = startBackgroundWork({ env, ...resources, ...application });
  background.catch((error: unknown) => {
    // A process that silently does no background work would leave e-mails and jobs waiting.
    logger.fatal({ err: error }, "could not start the job worker");
    process.exit(1);
  });
});
server.on("error", (error) => {
  logger.fatal({ err: error }, "could not start the API");
  process.exit(1);
});

// Stops taking background work and connections at once, lets running requests, jobs and the e-mail
// in flight finish (or gives that e-mail back when it takes too long), then closes the database pool.
exitGracefullyOnSignal(logger, SHUTDOWN_GRACE_MS, async () => {
  const backgroundStopped = background.then((work) => work?.stop({ outboxGraceMs: OUTBOX_STOP_GRACE_MS }));
  // Open streams would hold the server open: end them (the tabs reconnect to another process).
  const liveClosed = live.close();
  const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.all([backgroundStopped, liveClosed, httpClosed, inboundSmtp?.close()]);
  await inbound.close();
  await resources.close();
});
