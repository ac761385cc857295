import EmailReplyParser from "email-reply-parser";
import type { ParsedMail } from "mailparser";

/** What the sender wrote now: quoted history and signature stripped (English and Dutch patterns). */
export function visibleReplyText(mail: ParsedMail): string {
  const text = mail.text ?? (typeof mail.html === "string" ? mail.html.replace(/<[^>]+>/g, " ") : "");
  const visible = new EmailReplyParser().parseReply(text.replace(/\r\n/g, "\n"));
  return visible.trim() || text.trim();
}
