import { randomInt } from "node:crypto";

/** Six random digits: short to quote on the phone, and unrelated to the id or to other tickets. */
export const randomTicketNumber = (): number => randomInt(100_000, 1_000_000);

export const formatTicketNumber = (number: number): string => `#${number}`;
