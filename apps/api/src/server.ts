import type { Server } from "node:http";
import { createApplication, outboundPolicyOf } from "./app.ts";
import { ConfigError, loadEnv } from "./config/env.ts";
import { createDatabase } from "./db/prisma.ts";
import { createAppointmentReminderJob } from "./jobs/appointment-reminders.ts";
import { createEmailOutbox } from "./jobs/email-outbox.ts";
import { createFollowUpJob } from "./jobs/follow-up.ts";
import { createLiveEventPruner } from "./jobs/live-event-pruner.ts";
import { createReportRollup } from "./jobs/report-rollup.ts";
import { createRetentionSchedule } from "./jobs/retention.ts";
import { createServiceLevelTimers } from "./jobs/service-level-timers.ts";
import { createStagedUploadSweeper } from "./jobs/staged-upload-sweeper.ts";
import { createWebhookDeliveries } from "./jobs/webhook-deliveries.ts";
import { createLogger } from "./lib/logger.ts";
import { createSmtpMailer } from "./lib/mail/mailer.ts";
import { createAttachmentStorage } from "./lib/storage/storage-from-env.ts";
import { startInboundSmtpServer } from "./modules/inbound-mail/inbound-smtp-server.ts";
import { createLiveEventPruning } from "./modules/live/live-event-pruning.ts";

const SHUTDOWN_GRACE_MS = 10_000;
// The e-mail in flight gets this long to be accepted; then it is given back, leaving time to close.
const OUTBOX_STOP_GRACE_MS = 7_000;

function readConfig() {
  try {
    return loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const env = readConfig();
const logger = createLogger(env.LOG_LEVEL);
const db = createDatabase(env.DATABASE_URL);
const mailer = createSmtpMailer({
  smtpUrl: env.SMTP_URL,
  fromName: env.TEAM_NAME,
  fromAddress: env.MAIL_FROM_ADDRESS,
});
const storage = createAttachmentStorage(env);
const { app, inbound, uploads, dataExports, retention, live, settings, warmUp } = createApplication({
  env,
  db,
  logger,
  storage,
});

const outbox = createEmailOutbox(
  { db, env, mailer, logger, storage, settings },
  { leaseMs: env.OUTBOX_LEASE_SECONDS * 1000 },
);
const webhooks = createWebhookDeliveries({ db, env, logger, storage, policy: outboundPolicyOf(env) });
const uploadSweeper = createStagedUploadSweeper({ uploads, dataExports, logger });
const slaTimers = createServiceLevelTimers({ db, logger });
const appointmentReminders = createAppointmentReminderJob({ db, logger });
const followUp = createFollowUpJob({ db, logger });
const reportRollup = createReportRollup({ db, logger });
const retentionSchedule = createRetentionSchedule({ retention, logger });
const liveEventPruner = createLiveEventPruner({ pruning: createLiveEventPruning({ db }), logger });

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

const server: Server = app.listen(env.PORT, () => {
  outbox.start();
  webhooks.start();
  uploadSweeper.start();
  slaTimers.start();
  appointmentReminders.start();
  followUp.start();
  reportRollup.start();
  retentionSchedule.start();
  liveEventPruner.start();
  logger.info({ port: env.PORT }, `API listening on http://localhost:${env.PORT}/api/v1`);
});
server.on("error", (error) => {
  logger.fatal({ err: error }, "could not start the API");
  process.exit(1);
});

/**
 * Stops taking outbox work and connections at once, lets running requests and the e-mail in flight
 * finish (or gives that e-mail back when it takes too long), then closes the database pool.
 */
async function shutdown(signal: string) {
  logger.info({ signal }, "shutting down");
  const forced = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
  forced.unref();
  const outboxStopped = outbox.stop({ graceMs: OUTBOX_STOP_GRACE_MS });
  const sweeperStopped = uploadSweeper.stop();
  const webhooksStopped = webhooks.stop();
  const slaTimersStopped = slaTimers.stop();
  const remindersStopped = appointmentReminders.stop();
  const followUpStopped = followUp.stop();
  const reportRollupStopped = reportRollup.stop();
  const retentionStopped = retentionSchedule.stop();
  const prunerStopped = liveEventPruner.stop();
  // Open streams would hold the server open: end them (the tabs reconnect to another process).
  const liveClosed = live.close();
  const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  try {
    await Promise.all([
      outboxStopped,
      sweeperStopped,
      webhooksStopped,
      slaTimersStopped,
      remindersStopped,
      followUpStopped,
      reportRollupStopped,
      retentionStopped,
      prunerStopped,
      liveClosed,
      httpClosed,
      inboundSmtp?.close(),
    ]);
    await inbound.close();
    mailer.close();
    await db.$disconnect();
  } catch (error) {
    logger.error({ err: error }, "shutdown did not finish cleanly");
    process.exit(1);
  }
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
