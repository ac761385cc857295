// Who else has a ticket open and who is typing: heartbeats in the database (every process sees
// them), expiring on their own when a tab closes or stops beating, announced on the live streams.
import type { QueuePresence, TicketPresence, TicketViewer } from "@helpdesk/contracts";
import type { Database } from "../../db/prisma.ts";
import type { TicketAccess } from "../identity/access-policy.ts";
import { denyAsNotFound, seesTicketPresence } from "../identity/access-policy.ts";
import type { SignedInActor, StaffActor } from "../identity/actor.ts";
import * as presence from "./presence.repository.ts";

/** A tab beats every 10 s; one that missed two beats is gone. */
export const PRESENCE_TTL_MS = 25_000;
/** Typing shows this long after the last keystroke's beat. */
export const TYPING_TTL_MS = 6_000;

export interface PresenceDeps {
  db: Database;
  tickets: { accessibleTicket(actor: SignedInActor, id: string): Promise<{ access: TicketAccess }> };
  now?: () => Date;
}

export function createPresence({ db, tickets, now = () => new Date() }: PresenceDeps) {
  async function worker(actor: SignedInActor, ticketId: string): Promise<StaffActor> {
    if (!seesTicketPresence(actor)) denyAsNotFound();
    const { access } = await tickets.accessibleTicket(actor, ticketId);
    if (access !== "staff") denyAsNotFound();
    return actor;
  }

  const viewerOf = (
    row: { staffId: string; typingUntil: Date | null; staff: { name: string } },
    at: Date,
  ): TicketViewer => ({
    staffId: row.staffId,
    name: row.staff.name,
    typing: row.typingUntil !== null && row.typingUntil > at,
  });

  async function viewers(ticketId: string, staffId: string): Promise<TicketPresence> {
    const at = now();
    const rows = await presence.listViewers(db, ticketId, staffId, at);
    return { viewers: rows.map((row) => viewerOf(row, at)) };
  }

  return {
    async viewersOf(actor: SignedInActor, ticketId: string) {
      const staff = await worker(actor, ticketId);
      return viewers(ticketId, staff.id);
    },

    /** The queue's rows: staff who work tickets may see every ticket, so no check per ticket. */
    async viewersOfTickets(actor: SignedInActor, ticketIds: string[]): Promise<QueuePresence> {
      if (!seesTicketPresence(actor)) denyAsNotFound();
      const at = now();
      const byTicket = new Map<string, TicketViewer[]>();
      for (const row of await presence.listViewersOfTickets(db, ticketIds, actor.id, at)) {
        byTicket.set(row.ticketId, [...(byTicket.get(row.ticketId) ?? []), viewerOf(row, at)]);
      }
      return { items: [...byTicket].map(([ticketId, viewers]) => ({ ticketId, viewers })) };
    },

    async beat(actor: SignedInActor, ticketId: string, typing: boolean) {
      const staff = await worker(actor, ticketId);
      const at = now();
      await presence.beat(
        db,
        {
          ticketId,
          staffId: staff.id,
          typingUntil: typing ? new Date(at.getTime() + TYPING_TTL_MS) : null,
          expiresAt: new Date(at.getTime() + PRESENCE_TTL_MS),
        },
        at,
      );
      return viewers(ticketId, staff.id);
    },

    async leave(actor: SignedInActor, ticketId: string) {
      const staff = await worker(actor, ticketId);
      await presence.leave(db, ticketId, staff.id);
    },
  };
}
export type Presence = ReturnType<typeof createPresence>;
