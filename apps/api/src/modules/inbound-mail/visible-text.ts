import EmailReplyParser from "email-reply-parser";
import { compile } from "html-to-text";
import type { ParsedMail } from "mailparser";
import { withoutQuotedHistory } from "./quote-headers.ts";

/**
 * The most text handed to the reply parser. Quoted history starts near the top of a reply; a text
 * longer than this (a log, a long letter) is searched for it in its first part only.
 */
const MAX_PARSED_CHARS = 100_000;

/** HTML as a person reads it: paragraphs, lists, links and quotes kept; no head, style or script. */
export const htmlAsText = compile({
  wordwrap: false,
  selectors: [
    { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

/** The text of the message: its text part, or its HTML part as text when the text part is empty. */
export function messageText(mail: ParsedMail): string {
  const plain = (mail.text ?? "").replace(/\r\n?/g, "\n");
  if (plain.trim()) return plain;
  return typeof mail.html === "string" ? htmlAsText(mail.html) : "";
}

/**
 * The reply parser takes any "Sent from my ..." line for a phone's signature; a long one is a
 * sentence of the sender's ("Sent from my desk, is much easier than my phone.") and stays.
 */
function withOwnSentence(cut: string, parsed: string): string {
  const tail = cut.trim().startsWith(parsed) ? cut.trim().slice(parsed.length).trim() : "";
  const sentence = /^Sent from my\b/i.test(tail) && !tail.includes("\n") && tail.split(/\s+/).length > 7;
  return sentence ? `${parsed}\n\n${tail}` : parsed;
}

/**
 * The line a phone's mail program adds under the text, in the languages the reply parser does not
 * know ("Wysłane z iPhone'a", "Отправлено с iPhone", "Надіслано з iPhone", "发自我的iPhone").
 */
const PHONE_SIGNATURE =
  /^\s*(wysłane z (mojego )?\S+|отправлено с( моего)? \S+|надіслано з( мого)? \S+|发自我的\s*\S+|從我的\s*\S+傳送|寄件者為\s*\S+)\s*$/iu;

/** Drops a phone's signature line at the end of the text. */
function withoutPhoneSignature(text: string): string {
  const lines = text.trimEnd().split("\n");
  const last = lines.at(-1) ?? "";
  if (lines.length < 2 || last.length > 60 || !PHONE_SIGNATURE.test(last)) return text;
  return lines.slice(0, -1).join("\n").trimEnd();
}

/**
 * What the sender wrote now: quoted history and signature stripped, by our own quote headers (see
 * quote-headers.ts) and then the reply parser. When stripping would leave nothing, the whole text
 * is what the sender wrote.
 */
export function visibleReplyText(mail: ParsedMail, options = { stripQuotes: true }): string {
  const full = messageText(mail).trim();
  if (!options.stripQuotes || !full) return full;
  const head = full.slice(0, MAX_PARSED_CHARS);
  const cut = withoutQuotedHistory(head);
  const parsed = withoutPhoneSignature(new EmailReplyParser().parseReply(cut).trim());
  const visible = withOwnSentence(cut, parsed) || cut.trim();
  // Nothing stripped within the part searched: the text is kept whole, also beyond that part.
  const stripped = cut.length < head.length || visible.length < cut.trim().length;
  if (!visible || (head.length < full.length && !stripped)) return full;
  return visible;
}
