import type { ParsedMail } from "mailparser";

/** Senders that are software, never a person: the mail system and addresses nobody reads. */
const SYSTEM_SENDER = /^(mailer[-_.]?daemon|postmaster|mail[-_.]?delivery[-_.]?system)@/i;
const NO_REPLY_SENDER = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|bounces?)([-+.][^@]*)?@/i;

/**
 * Auto-replies, out-of-office notes, bounces and list traffic must never become a ticket or be
 * answered (mail loops). Returns the signal that says so, or null for a person's mail. Signals: the
 * null envelope sender of bounces (MAIL FROM:<>, RFC 5321 4.5.5) and a `Return-Path: <>` written by
 * a receiving MTA; RFC 3834 Auto-Submitted; the vendor auto-reply headers (X-Autoreply,
 * X-Autorespond, Apple's X-Apple-Action: VACATION, Outlook's X-Auto-Response-Suppress: All);
 * Precedence bulk/junk/list; mailing-list headers (RFC 2369/2919 List-*, ezmlm's Mailing-List,
 * fml's X-MLServer); RFC 6522 reports (delivery status, feedback, read receipts); the mail system as
 * sender; and a message returned whole (message/rfc822 or its headers) by a no-reply address.
 */
export function automaticMailSignal(mail: ParsedMail, envelopeSender?: string): string | null {
  const header = (name: string) => {
    const value = mail.headers.get(name);
    if (value === undefined || value === null) return "";
    if (typeof value === "string") return value.toLowerCase();
    if (typeof value === "object" && "value" in value) return String(value.value).toLowerCase();
    return JSON.stringify(value).toLowerCase();
  };
  const nullSender = (address: string) => ["", "<>"].includes(address.trim());
  if (envelopeSender !== undefined && nullSender(envelopeSender)) return "null envelope sender";
  // The parser makes an address of it: the line as written tells the null sender apart.
  const returnPath = mail.headerLines.find((line) => line.key === "return-path")?.line ?? "";
  if (/^return-path:\s*<\s*>\s*$/i.test(returnPath)) return "Return-Path <>";
  const autoSubmitted = header("auto-submitted");
  if (autoSubmitted && !autoSubmitted.startsWith("no")) return "Auto-Submitted";
  for (const name of ["x-autoreply", "x-autorespond", "x-autoresponder", "x-autoreply-from"])
    if (header(name)) return name;
  if (header("x-apple-action").includes("vacation")) return "X-Apple-Action: VACATION";
  if (header("x-auto-response-suppress").includes("all")) return "X-Auto-Response-Suppress";
  if (["bulk", "junk", "auto_reply", "list"].includes(header("precedence").trim())) return "Precedence";
  for (const name of ["list-id", "list-unsubscribe", "list-subscribe", "mailing-list", "x-mlserver"])
    if (mail.headers.has(name)) return name;
  if (header("content-type").includes("multipart/report")) return "multipart/report";
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? "";
  if (SYSTEM_SENDER.test(from)) return "mail system sender";
  const returned = mail.attachments.some((file) =>
    ["message/rfc822", "text/rfc822-headers", "message/delivery-status"].includes(file.contentType),
  );
  if (returned && NO_REPLY_SENDER.test(from)) return "returned message from a no-reply sender";
  return null;
}
