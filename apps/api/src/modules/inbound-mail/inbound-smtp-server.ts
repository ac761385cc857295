import { SMTPServer } from "smtp-server";
import { AppError } from "../../errors/app-error.ts";
import type { Logger } from "../../lib/logger.ts";
import type { InboundMailService } from "./inbound-mail.service.ts";

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * The built-in receiver: an MX (or a provider's forward) delivers here. A message is accepted only
 * once it is stored; on an error the sender gets a temporary failure and tries again later.
 */
export function startInboundSmtpServer(options: {
  port: number;
  host?: string;
  inbound: Pick<InboundMailService, "receive">;
  logger: Logger;
}): Promise<{ close: () => Promise<void>; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stream.sizeExceeded)
          return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        const { mailFrom, rcptTo } = session.envelope;
        // This receiver checks no SPF/DKIM/DMARC itself, and trusts no Authentication-Results header
        // inside the message: the envelope sender is what it knows.
        options.inbound
          .receive(Buffer.concat(chunks), {
            recipients: rcptTo.map((recipient) => recipient.address),
            sender: mailFrom ? mailFrom.address : undefined,
          })
          .then(
            (outcome) => {
              options.logger.info({ outcome }, "inbound e-mail");
              callback();
            },
            (error: unknown) => {
              // A message we refuse for what it is fails for good (554): retrying cannot help.
              if (error instanceof AppError) {
                options.logger.warn({ code: error.code, detail: error.detail }, "inbound e-mail refused");
                return callback(Object.assign(new Error("Message refused"), { responseCode: 554 }));
              }
              options.logger.error({ err: error }, "inbound e-mail failed");
              callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
            },
          );
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => {
      const address = server.server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : options.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
