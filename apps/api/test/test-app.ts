import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type AppDeps, createApplication } from "../src/app.ts";
import { loadEnv } from "../src/config/env.ts";
import { createDatabase } from "../src/db/prisma.ts";
import { createEmailOutbox } from "../src/jobs/email-outbox.ts";
import { createLogger } from "../src/lib/logger.ts";
import { createSmtpMailer } from "../src/lib/mail/mailer.ts";
import { createLocalFolderStorage } from "../src/lib/storage/attachment-storage.ts";
import { startSmtpInbox } from "./smtp-inbox.ts";

export const TEST_INBOUND_SECRET = "test-inbound-secret-0123456789";
export const TEST_REPLY_ADDRESS_SECRET = "test-reply-address-secret-0123456789abcdef";

/** The test file's own database (set up by test/database-per-file.ts). */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: is test/database-per-file.ts a setup file?");
  return url;
}

/**
 * The real app on the test file's database, sending mail to a real SMTP server in this process.
 * Failed-login delays are recorded in `delays` instead of slept.
 */
export async function createTestApp(
  overrides: Partial<AppDeps> = {},
  outboxTuning: Parameters<typeof createEmailOutbox>[1] = {},
  inboxOptions: Parameters<typeof startSmtpInbox>[0] = {},
  /** More environment variables, as an operator would set them. */
  envOverrides: Record<string, string> = {},
) {
  const inbox = await startSmtpInbox(inboxOptions);
  const env = loadEnv({
    NODE_ENV: "test",
    DATABASE_URL: testDatabaseUrl(),
    SMTP_URL: inbox.url,
    PUBLIC_URL: "http://localhost:5173",
    INBOUND_SECRET: TEST_INBOUND_SECRET,
    // Explicit, one per purpose, as production requires.
    JWT_SECRET: "test-access-token-secret-0123456789abcdef",
    REPLY_ADDRESS_SECRET: TEST_REPLY_ADDRESS_SECRET,
    TICKET_NUMBER_SECRET: "test-ticket-number-secret-0123456789abcdef",
    // Tests call as one user far faster than anyone would; test/rate-limits.test.ts sets its own.
    API_RATE_LIMIT_PER_MINUTE: "100000",
    ...envOverrides,
  });
  const db = createDatabase(env.DATABASE_URL);
  const mailer = createSmtpMailer({
    smtpUrl: inbox.url,
    fromName: env.TEAM_NAME,
    fromAddress: env.MAIL_FROM_ADDRESS,
  });
  const delays: number[] = [];
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  const attachmentsDir = await mkdtemp(path.join(tmpdir(), "helpdesk-attachments-"));
  const storage = createLocalFolderStorage(attachmentsDir);
  const { app, inbound, uploads, dataExports, live, settings } = createApplication({
    env,
    db,
    storage,
    logger,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...overrides,
  });
  // Delivered like in production, but polled often and retried quickly.
  const outbox = createEmailOutbox(
    { db, env, mailer, logger, storage, settings },
    { pollIntervalMs: 50, backoffMs: () => 100, connectionRetryMs: 100, ...outboxTuning },
  );
  outbox.start();
  return {
    app,
    inbound,
    uploads,
    dataExports,
    storage,
    /** The folder behind `storage`, to check that no file was left behind. */
    attachmentsDir,
    logger,
    db,
    env,
    inbox,
    delays,
    outbox,
    live,
    async close() {
      await live.close();
      await outbox.stop();
      await inbound.close();
      mailer.close();
      await inbox.close();
      await rm(attachmentsDir, { recursive: true, force: true });
      await db.$disconnect();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
