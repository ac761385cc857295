// A local SMTP server that takes every message and tells who it was for (and its header lines): the
// receiving side of the evaluations and benchmarks, which must not be what they measure.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export async function startSmtpSink(
  received: (recipients: string[], headers: string) => void | Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      // Only the start is kept: the header lines come first.
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString("latin1");
      });
      stream.on("end", async () => {
        const headers = head.split(/\r?\n\r?\n/)[0] ?? "";
        await received(
          session.envelope.rcptTo.map((recipient) => recipient.address),
          headers,
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => sink.close(() => resolve())),
  };
}
