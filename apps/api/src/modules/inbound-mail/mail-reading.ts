// Everything the product takes from one raw e-mail, in one pure step that runs off the main thread
// (see mail-reader.ts): MIME parsing, whether it is automatic mail, the text the sender wrote now,
// and the files. No database, no I/O: what comes back is plain data the service files.
import type { AddressObject, ParsedMail } from "mailparser";
import { automaticMailSignal } from "./automatic-mail.ts";
import { visibleReplyText } from "./visible-text.ts";

/** More parts than any real message has; the parser refuses the message beyond it. */
const MAX_MIME_PARTS = 1000;

export interface ReadMail {
  /** Why this is automatic mail (an auto-reply, a bounce, list traffic), or null for a person's mail. */
  automatic: string | null;
  from: { address: string; name: string } | null;
  /** To and Cc addresses, lower case. */
  recipients: string[];
  subject: string | undefined;
  messageId: string | undefined;
  /** What the sender wrote now: quoted history and signature stripped. */
  visibleText: string;
  attachments: { filename: string | undefined; content: Uint8Array }[];
  /** Said to staff with the message, e.g. that it was encrypted and its parts are attached as they came. */
  notes: string[];
}

export interface ReadOptions {
  /** MAIL FROM as the receiving side saw it: "" (or "<>") is the null sender of bounces. */
  envelopeSender?: string | undefined;
  /** False after quote stripping ran out of time once: then the whole text is kept. */
  stripQuotes?: boolean;
}

/** Raised for a message the parser refuses; it will never parse, so it is refused for good. */
export class UnreadableMailError extends Error {}

/** NUL bytes carry nothing in mail text and PostgreSQL cannot store them in text: dropped. */
function withoutNul(raw: Uint8Array): Buffer {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  return bytes.includes(0) ? Buffer.from(bytes.filter((byte) => byte !== 0)) : bytes;
}

const addressesOf = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) =>
    group.value.flatMap((entry) => (entry.address ? [entry.address.toLowerCase()] : [])),
  );

/** S/MIME and PGP/MIME: the product cannot read them; staff get the parts as they came. */
function encryptionNote(mail: ParsedMail): string | null {
  const types = [mail.headers.get("content-type"), ...mail.attachments.map((file) => file.contentType)]
    .map((type) =>
      typeof type === "object" && type && "value" in type ? String(type.value) : String(type ?? ""),
    )
    .join(" ")
    .toLowerCase();
  if (/application\/(x-)?pkcs7-mime|multipart\/encrypted|application\/pgp-encrypted/.test(types))
    return "This e-mail is encrypted (S/MIME or PGP); its encrypted parts are attached as they came.";
  return null;
}

const charsetOf = (value: unknown): string | undefined => {
  const params = typeof value === "object" && value && "params" in value ? value.params : undefined;
  const charset = typeof params === "object" && params && "charset" in params ? params.charset : undefined;
  return typeof charset === "string" ? charset : undefined;
};

/**
 * A file name sent as raw 8-bit bytes (no RFC 2047/2231 encoding) reaches us as Latin-1 characters:
 * decoded again in the charset the part or the message declares, or as UTF-8, when those bytes are
 * valid there ("¼¨Ð§.xls" in a GB2312 message is "绩效.xls").
 */
function undoRawBytes(name: string, charsets: (string | undefined)[]): string {
  const codes = [...name].map((char) => char.charCodeAt(0));
  if (!codes.some((code) => code >= 0x80) || codes.some((code) => code > 0xff)) return name;
  for (const charset of [...charsets, "utf-8"]) {
    if (!charset) continue;
    try {
      return new TextDecoder(charset, { fatal: true }).decode(Buffer.from(name, "latin1"));
    } catch {
      // Not valid in this charset (or an unknown label): try the next.
    }
  }
  return name;
}

export async function readMail(raw: Uint8Array, options: ReadOptions = {}): Promise<ReadMail> {
  const { simpleParser } = await import("mailparser");
  const mail = await simpleParser(withoutNul(raw), { maxChildNodes: MAX_MIME_PARTS }).catch(
    (error: unknown) => {
      throw new UnreadableMailError(error instanceof Error ? error.message : String(error));
    },
  );
  const sender = mail.from?.value[0];
  const note = encryptionNote(mail);
  const visible = visibleReplyText(mail, { stripQuotes: options.stripQuotes ?? true });
  return {
    automatic: automaticMailSignal(mail, options.envelopeSender),
    from: sender?.address ? { address: sender.address.toLowerCase(), name: sender.name?.trim() ?? "" } : null,
    recipients: [...addressesOf(mail.to), ...addressesOf(mail.cc)],
    subject: mail.subject,
    messageId: mail.messageId,
    visibleText: visible,
    attachments: mail.attachments.map((file) => ({
      filename:
        file.filename &&
        undoRawBytes(file.filename, [
          charsetOf(file.headers.get("content-type")),
          charsetOf(mail.headers.get("content-type")),
        ]),
      content: new Uint8Array(file.content.buffer, file.content.byteOffset, file.content.byteLength),
    })),
    notes: note ? [note] : [],
  };
}
