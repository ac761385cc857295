// What the API process (server.ts) and the worker process (worker.ts) both open at start-up, and
// how both end on SIGTERM.
import { ConfigError, type Env, loadEnv } from "./config/env.ts";
import { createDatabase } from "./db/prisma.ts";
import { createLogger, type Logger } from "./lib/logger.ts";
import { createSmtpMailer } from "./lib/mail/mailer.ts";
import { createAttachmentStorage } from "./lib/storage/storage-from-env.ts";

/** The configuration, or one line naming the bad variable and exit code 1. */
export function readConfigOrExit(): Env {
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

export function openProcessResources(env: Env) {
  const db = createDatabase(env.DATABASE_URL);
  const mailer = createSmtpMailer({
    smtpUrl: env.SMTP_URL,
    fromName: env.TEAM_NAME,
    fromAddress: env.MAIL_FROM_ADDRESS,
  });
  return {
    logger: createLogger(env.LOG_LEVEL),
    db,
    mailer,
    storage: createAttachmentStorage(env),
    /** Last of all: the mail connections and the database pool. */
    async close() {
      mailer.close();
      await db.$disconnect();
    },
  };
}

/**
 * On SIGTERM or SIGINT: `stop` lets the work in progress finish; the process ends with 0 when it
 * did, with 1 when it failed or took longer than `graceMs`.
 */
export function exitGracefullyOnSignal(logger: Logger, graceMs: number, stop: () => Promise<void>) {
  async function shutdown(signal: string) {
    logger.info({ signal }, "shutting down");
    const forced = setTimeout(() => process.exit(1), graceMs);
    forced.unref();
    try {
      await stop();
    } catch (error) {
      logger.error({ err: error }, "shutdown did not finish cleanly");
      process.exit(1);
    }
    process.exit(0);
  }
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
