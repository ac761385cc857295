import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Per-ticket reply addresses: `support+<number>-<signature>@domain`. The signature (an HMAC of the
 * ticket number) is what links an e-mail to a ticket: a ticket number in a subject is never enough,
 * and nobody can make up the address of another customer's ticket.
 */
export function createReplyAddresses(secret: string, supportAddress: string) {
  const [local = "support", domain = "localhost"] = supportAddress.toLowerCase().split("@");
  const signatureOf = (number: number) =>
    createHmac("sha256", secret).update(`ticket-reply:${number}`).digest("hex").slice(0, 20);
  const pattern = new RegExp(
    `^${escapeRegExp(local)}\\+(\\d{6}|\\d{9})-([0-9a-f]{20})@${escapeRegExp(domain)}$`,
  );

  return {
    forTicket: (number: number) => `${local}+${number}-${signatureOf(number)}@${domain}`,
    /** The ticket number an address was made for, or null when it is not one of ours or forged. */
    ticketNumberOf(address: string): number | null {
      const match = pattern.exec(address.trim().toLowerCase());
      if (!match?.[1] || !match[2]) return null;
      const number = Number(match[1]);
      const expected = Buffer.from(signatureOf(number));
      const given = Buffer.from(match[2]);
      return given.length === expected.length && timingSafeEqual(given, expected) ? number : null;
    },
  };
}
export type ReplyAddresses = ReturnType<typeof createReplyAddresses>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
