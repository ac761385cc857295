import type { ParsedMail } from "mailparser";

/**
 * Auto-replies, out-of-office notes and delivery reports must never reopen a ticket or be answered
 * (mail loops). RFC 3834 Auto-Submitted, the common vendor headers, and RFC 3464 delivery reports.
 */
export function isAutomaticMail(mail: ParsedMail): boolean {
  const header = (name: string) => {
    const value = mail.headers.get(name);
    return typeof value === "string" ? value.toLowerCase() : value ? JSON.stringify(value).toLowerCase() : "";
  };
  const autoSubmitted = header("auto-submitted");
  if (autoSubmitted && !autoSubmitted.startsWith("no")) return true;
  if (header("x-autoreply") || header("x-autorespond") || header("x-auto-response-suppress").includes("all"))
    return true;
  if (["bulk", "junk", "auto_reply", "list"].includes(header("precedence"))) return true;
  if (header("content-type").includes("multipart/report")) return true;
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? "";
  return /^(mailer-daemon|postmaster)@/.test(from);
}
