// What other modules may learn of a ticket to decide about it (number, status, owner), without
// reaching into this module's repository.
import type { DbClient } from "../../db/prisma.ts";
import { findTicketAccessFacts, type TicketAccessFacts } from "./tickets.repository.ts";

export type { TicketAccessFacts } from "./tickets.repository.ts";

export function findTicketFacts(db: DbClient, id: string): Promise<TicketAccessFacts | null> {
  return findTicketAccessFacts(db, id);
}
