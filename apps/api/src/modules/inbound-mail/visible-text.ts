import EmailReplyParser from "email-reply-parser";
import { compile } from "html-to-text";
import type { ParsedMail } from "mailparser";

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
 * What the sender wrote now: quoted history and signature stripped. When stripping would leave
 * nothing, the whole text is what the sender wrote.
 */
export function visibleReplyText(mail: ParsedMail, options = { stripQuotes: true }): string {
  const full = messageText(mail).trim();
  if (!options.stripQuotes || !full) return full;
  const head = full.slice(0, MAX_PARSED_CHARS);
  const visible = new EmailReplyParser().parseReply(head).trim();
  // Nothing stripped within the part searched: the text is kept whole, also beyond that part.
  if (!visible || (head.length < full.length && visible.length >= head.trim().length)) return full;
  return visible;
}
