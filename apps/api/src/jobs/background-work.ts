// Everything a process does besides answering HTTP: the outbox and webhook dispatchers (long-running
// loops that claim rows with SKIP LOCKED and wake on NOTIFY, ADR 2) and the job queue's worker with
// the periodic jobs (ADR 24). The API process runs it unless RUN_JOB_WORKER=false; src/worker.ts
// runs only this.
import { outboundPolicyOf } from "../app.ts";
import type { Env } from "../config/env.ts";
import type { Mailer } from "../lib/mail/mailer.ts";
import type { AttachmentStorage } from "../lib/storage/attachment-storage.ts";
import type { SettingsReader } from "../modules/settings/settings.service.ts";
import { createEmailOutbox } from "./email-outbox.ts";
import { type PeriodicJobDeps, startPeriodicJobWorker } from "./job-queue.ts";
import { createWebhookDeliveries } from "./webhook-deliveries.ts";

export type BackgroundWorkDeps = PeriodicJobDeps & {
  env: Env;
  mailer: Mailer;
  storage: AttachmentStorage;
  settings: SettingsReader;
};

export async function startBackgroundWork(deps: BackgroundWorkDeps) {
  const { db, env, logger, storage } = deps;
  const outbox = createEmailOutbox(
    { db, env, mailer: deps.mailer, logger, storage, settings: deps.settings },
    { leaseMs: env.OUTBOX_LEASE_SECONDS * 1000 },
  );
  const webhooks = createWebhookDeliveries({ db, env, logger, storage, policy: outboundPolicyOf(env) });
  const jobs = await startPeriodicJobWorker({ ...deps, connectionString: env.DATABASE_URL });
  outbox.start();
  webhooks.start();
  return {
    /**
     * Takes no new work; lets the running jobs and the e-mail in flight finish (or gives that
     * e-mail back after `outboxGraceMs`).
     */
    async stop({ outboxGraceMs }: { outboxGraceMs: number }) {
      await Promise.all([outbox.stop({ graceMs: outboxGraceMs }), webhooks.stop(), jobs.stop()]);
    },
  };
}
