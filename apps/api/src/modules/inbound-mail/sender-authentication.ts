// Whether an inbound e-mail really comes from the address in its From header. The From header is
// whatever the sender typed; what the receiving side saw is stronger: the envelope sender (SMTP MAIL
// FROM) and, when the receiving side checked them, the SPF, DKIM and DMARC results.

/** What the receiving side (our SMTP receiver, or the mail provider) knows about an e-mail. */
export interface InboundEnvelope {
  /** RCPT TO addresses. */
  recipients?: string[];
  /** MAIL FROM; undefined when the receiving side did not say. */
  sender?: string | undefined;
  /**
   * Authentication-Results (RFC 8601) as the receiving side wrote them. Never taken from the message
   * itself: anyone can put such a header in a message they send.
   */
  authenticationResults?: string | undefined;
}

/**
 * Whether results pass: DMARC decides when it was evaluated; without DMARC, a passing DKIM
 * signature or SPF check is enough. Results that name none of the three do not pass.
 */
export function authenticationPasses(results: string): boolean {
  const verdicts = new Map<string, string>();
  for (const match of results.toLowerCase().matchAll(/\b(dmarc|dkim|spf)\s*=\s*([a-z]+)/g)) {
    const [, method = "", verdict = ""] = match;
    // One passing DKIM signature is enough, whatever the other signatures say.
    if (verdicts.get(method) !== "pass") verdicts.set(method, verdict);
  }
  const dmarc = verdicts.get("dmarc");
  if (dmarc) return dmarc === "pass";
  return verdicts.get("dkim") === "pass" || verdicts.get("spf") === "pass";
}

/**
 * A reply may land on a ticket only when the envelope sender is known and is the From address, and
 * the authentication results, when given, pass.
 */
export function senderIsAuthentic(envelope: InboundEnvelope, fromAddress: string): boolean {
  const sender = envelope.sender?.trim().toLowerCase();
  if (!sender || sender !== fromAddress.toLowerCase()) return false;
  return envelope.authenticationResults === undefined || authenticationPasses(envelope.authenticationResults);
}
