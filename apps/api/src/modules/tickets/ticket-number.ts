// Ticket numbers. Until issue 20 they were six random digits (100000-999999) checked against the
// table, which holds at most 900,000 tickets and needs more look-ups the fuller it gets. New tickets
// take the next value of a PostgreSQL sequence through a keyed permutation into the nine-digit
// numbers (100000000-999999999): unique without a look-up or a retry, not consecutive, not
// guessable from another ticket's number, room for 900 million, and never one of the six-digit
// numbers, which stay as they were. Both kinds are shown, searched and matched the same way.
import type { DbClient } from "../../db/prisma.ts";
import { createKeyedPermutation } from "../../lib/security/keyed-permutation.ts";
import { nextTicketNumberIndex } from "./tickets.repository.ts";

/** The numbers given before the sequence: six digits, kept as they are. */
export const LEGACY_NUMBERS = { min: 100_000, max: 999_999 } as const;
/** The numbers given from the sequence: nine digits, so never one of the six-digit ones. */
export const SEQUENCE_NUMBERS = { min: 100_000_000, max: 999_999_999 } as const;
const SEQUENCE_DOMAIN = SEQUENCE_NUMBERS.max - SEQUENCE_NUMBERS.min + 1;

/** `#123456` or `#123456789`; the same digits without `#` are accepted where a person types one. */
export const formatTicketNumber = (number: number): string => `#${number}`;

/** The ticket number in `#123456`, `123456789` and the like, or null when it is not one. */
export function parseTicketNumber(text: string): number | null {
  const digits = /^#?(\d{6}|\d{9})$/.exec(text.trim())?.[1];
  return digits === undefined ? null : Number(digits);
}

export interface TicketNumbers {
  /** The number of the sequence's next value: one round trip, no look-up, no retry. */
  next(tx: DbClient): Promise<number>;
  /** The number the sequence's value `index` becomes (and back, for tests and diagnosis). */
  numberAt(index: number): number;
  indexOf(number: number): number;
}

/**
 * Numbers keyed with the installation's TICKET_NUMBER_SECRET. The key must never change: numbers
 * from a different key could meet numbers already given (the unique index would then refuse them).
 */
export function createTicketNumbers(secret: string): TicketNumbers {
  // 2 x 15 bits hold the 900,000,000 nine-digit numbers; about 1 in 6 blocks is walked again.
  const permutation = createKeyedPermutation(`ticket-number:${secret}`, {
    halfBits: 15,
    size: SEQUENCE_DOMAIN,
  });
  const numberAt = (index: number) => SEQUENCE_NUMBERS.min + permutation.forward(index);
  return {
    numberAt,
    indexOf: (number) => permutation.inverse(number - SEQUENCE_NUMBERS.min),
    next: async (tx) => numberAt(await nextTicketNumberIndex(tx)),
  };
}
