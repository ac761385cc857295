import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** The message as it arrived on the wire, headers included, for leak scans. */
  raw: string;
  parsed: ParsedMail;
}

/** An SMTP reply that refuses a recipient, e.g. `{ code: 550, message: "No such user" }`. */
export interface SmtpRefusal {
  code: number;
  message: string;
}

/**
 * A real SMTP server in the test process: the product sends to it and tests read what arrived.
 * `delayMs` makes it a slow server (it waits that long before accepting each message);
 * `refuse` answers a recipient with a reply code instead of accepting it.
 */
export async function startSmtpInbox(
  options: { delayMs?: number; refuse?: (recipient: string) => SmtpRefusal | undefined } = {},
) {
  const messages: ReceivedEmail[] = [];
  const waiters: (() => void)[] = [];
  let refuse = options.refuse ?? (() => undefined);
  const createServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      // Stopping must not wait for the product's pooled, idle connections to go away by themselves.
      closeTimeout: 100,
      onRcptTo(address, _session, callback) {
        const refusal = refuse(address.address);
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        // A sender killed mid-message (the fault tests do that) ends the stream with an error.
        stream.on("error", () => undefined);
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          const raw = Buffer.concat(chunks).toString("utf8");
          const parsed = await simpleParser(raw);
          messages.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            raw,
            parsed,
          });
          for (const wake of waiters.splice(0)) wake();
          callback();
        });
      },
    });
  const listening = (smtp: SMTPServer) => {
    // A connection reset by a killed sender is what the fault tests cause, not a failure here.
    smtp.on("error", () => undefined);
    return smtp;
  };
  let server = listening(createServer());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** The first message (received or still to come) to this address that matches. */
    async waitFor(to: string, match: (email: ReceivedEmail) => boolean = () => true, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find((email) => email.to.includes(to) && match(email));
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close,
    /** From now on, answers recipients as `decide` says (undefined: accept). */
    refuseRecipients(decide: (recipient: string) => SmtpRefusal | undefined) {
      refuse = decide;
    },
    /** Takes the server down (connections are refused) until `restart`, keeping what arrived. */
    stop: close,
    async restart() {
      server = listening(createServer());
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    },
  };
}
export type SmtpInbox = Awaited<ReturnType<typeof startSmtpInbox>>;
