import { randomInt } from "node:crypto";
import type { DbClient } from "../../db/prisma.ts";
import { numberInUse } from "./tickets.repository.ts";

/** Six random digits: short to quote on the phone, and unrelated to the id or to other tickets. */
export const randomTicketNumber = (): number => randomInt(100_000, 1_000_000);

export const formatTicketNumber = (number: number): string => `#${number}`;

/** A number no ticket has yet. */
export async function unusedTicketNumber(tx: DbClient): Promise<number> {
  for (;;) {
    const number = randomTicketNumber();
    if (!(await numberInUse(tx, number))) return number;
  }
}
