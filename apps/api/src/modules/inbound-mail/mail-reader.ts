// Reads e-mail in worker threads, bounded in time: the main thread only files the result. A message
// whose quote stripping runs out of time is read again with its whole text kept; one that cannot be
// read in time at all (or that the parser refuses) is refused for good, never retried forever.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { AppError } from "../../errors/app-error.ts";
import { workerModule } from "../../lib/worker-module.ts";
import type { ReadMail, ReadOptions } from "./mail-reading.ts";

export interface MailReaderOptions {
  /** How long reading one message may take, per attempt. */
  timeoutMs?: number;
  threads?: number;
}

const WARM_UP_MESSAGE = Buffer.from(
  "From: warm-up@localhost\r\nSubject: warm-up\r\nContent-Type: text/plain\r\n\r\nHello\r\n\r\n> quoted\r\n",
);

const unreadable = (detail: string) => new AppError("unprocessable_content", `Unreadable message: ${detail}`);
const timedOut = (error: unknown) => error instanceof Error && error.name === "AbortError";

export function createMailReader(options: MailReaderOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 20_000;
  let pool: Piscina | undefined;
  // Started on first use: many installations never receive mail here.
  const workers = () => {
    pool ??= new Piscina({
      ...workerModule(import.meta.url, "mail-reader.worker"),
      minThreads: 0,
      maxThreads: options.threads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
      idleTimeout: 60_000,
      // A message built to exhaust memory ends its worker, not the API.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    return pool;
  };
  const attempt = (raw: Buffer, read: ReadOptions): Promise<ReadMail> =>
    workers().run({ raw, ...read }, { signal: AbortSignal.timeout(timeoutMs) });

  return {
    async read(raw: Buffer, envelopeSender?: string): Promise<ReadMail> {
      try {
        return await attempt(raw, { envelopeSender, stripQuotes: true }).catch((error: unknown) => {
          if (!timedOut(error)) throw error;
          return attempt(raw, { envelopeSender, stripQuotes: false });
        });
      } catch (error) {
        if (timedOut(error)) throw unreadable(`not read within ${timeoutMs} ms`);
        // Refused by the parser, or beyond the worker's memory: it will never read.
        throw unreadable(error instanceof Error ? error.message.slice(0, 200) : String(error));
      }
    },
    /**
     * Starts a reading thread and loads the parser in it (most of a second), so that the first
     * message after a start is read as fast as the rest. For a server that receives mail.
     */
    async warmUp() {
      await attempt(WARM_UP_MESSAGE, { stripQuotes: true });
    },
    async close() {
      await pool?.destroy();
    },
  };
}
export type MailReader = ReturnType<typeof createMailReader>;
