import nodemailer from "nodemailer";

/** A file sent with an e-mail, e.g. an appointment's calendar file (.ics). */
export interface EmailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface OutgoingEmail {
  /** The team as sender (the admins' settings); without it, the mailer's own. */
  from?: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable per outbox row, so a resend after a crash is recognisable as the same message. */
  messageId?: string;
  /** Threading: the ticket's first message, so mail clients keep one conversation per ticket. */
  inReplyTo?: string;
  references?: string[];
  /** Where replies go: the ticket's signed reply address. */
  replyTo?: string;
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
}

/**
 * The one way the product sends e-mail. Ticket e-mails go through the outbox (modules/outbox/outbox-dispatcher.ts)
 * and reach SMTP here; sign-in e-mails are sent directly.
 */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer; the sender is always the team, never a person. */
export function createSmtpMailer(options: {
  smtpUrl: string;
  fromName: string;
  fromAddress: string;
}): Mailer {
  // Short timeouts: a hanging mail server must not hold an outbox batch for minutes.
  // Pooled: the outbox's parallel lanes share a few connections instead of a handshake per message.
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const from = { name: options.fromName, address: options.fromAddress };
  return {
    async send(email) {
      await transport.sendMail({ from, ...email });
    },
    close() {
      transport.close();
    },
  };
}
