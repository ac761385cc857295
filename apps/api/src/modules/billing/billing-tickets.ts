// A ticket as billing's services meet it: found through the tickets module, with the caller's view.
import type { DbClient } from "../../db/prisma.ts";
import { denyAsNotFound, ticketAccess } from "../identity/access-policy.ts";
import type { Actor } from "../identity/actor.ts";
import { findTicketAccessFacts } from "../tickets/ticket-billing-facts.ts";

/** The ticket when the caller works tickets (staff view); 404 for anyone else. */
export async function ticketForStaff(db: DbClient, actor: Actor, ticketId: string) {
  const ticket = await findTicketAccessFacts(db, ticketId);
  if (!ticket || ticketAccess(actor, ticket) !== "staff" || actor.kind !== "staff") denyAsNotFound();
  return { ticket, staff: actor };
}

/** The ticket and whether the caller sees it as its customer or as staff; 404 otherwise. */
export async function ticketForCustomerOrStaff(db: DbClient, actor: Actor, ticketId: string) {
  const ticket = await findTicketAccessFacts(db, ticketId);
  const access = ticket ? ticketAccess(actor, ticket) : "none";
  if (!ticket || (access !== "customer" && access !== "staff")) denyAsNotFound();
  return { ticket, access };
}
