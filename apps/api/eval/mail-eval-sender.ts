// The sending side of `pnpm eval:mail`, in a process of its own: reading the corpus files,
// composing the SMTP conversation and the multipart upload is the eval's work, not the API's, and
// must not count in the API's event-loop stalls, which the main thread measures.
import { readFileSync } from "node:fs";
import nodemailer from "nodemailer";

export interface SendRequest {
  file: string;
  via: "smtp" | "http";
  sender: string;
}

/** What the receiving side answered: the SMTP reply to the message, or the HTTP status and body. */
export type SendAnswer =
  | { via: "smtp"; accepted: true }
  | { via: "smtp"; accepted: false; code: number; message: string }
  | { via: "http"; status: number; body: HttpAnswer }
  | { via: "http"; status: 0; error: string };
type HttpAnswer = { outcome?: string; reason?: string; ticketId?: string; detail?: string };

const { smtpPort, httpUrl, secret } = JSON.parse(process.argv[2] ?? "{}") as {
  smtpPort: number;
  httpUrl: string;
  secret: string;
};
const transport = nodemailer.createTransport({
  host: "127.0.0.1",
  port: smtpPort,
  secure: false,
  ignoreTLS: true,
  pool: false,
});

async function send({ file, via, sender }: SendRequest): Promise<SendAnswer> {
  const raw = readFileSync(file);
  if (via === "smtp") {
    try {
      await transport.sendMail({ envelope: { from: sender, to: ["support@helpdesk.localhost"] }, raw });
      return { via, accepted: true };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode ?? 0;
      return { via, accepted: false, code, message: (error as Error).message };
    }
  }
  const form = new FormData();
  form.append("message", new Blob([new Uint8Array(raw)]), "mail.eml");
  try {
    const response = await fetch(httpUrl, {
      method: "POST",
      headers: { "X-Inbound-Secret": secret, "X-Envelope-From": sender },
      body: form,
    });
    return { via, status: response.status, body: (await response.json().catch(() => ({}))) as HttpAnswer };
  } catch (error) {
    return { via, status: 0, error: String(error) };
  }
}

process.on("message", (request: SendRequest | "close") => {
  if (request === "close") {
    transport.close();
    process.disconnect();
    return;
  }
  void send(request).then((answer) => process.send?.(answer));
});
