// What staff management asks of tickets: when a member is deactivated, their open tickets go back
// to the unassigned queue, each with an audit event saying who handed it back. Closed and solved
// tickets keep their assignee: the history stays as it was.
import { openTicketStatuses } from "@helpdesk/contracts";
import type { DbClient } from "../../db/prisma.ts";
import type { StaffActor } from "../identity/actor.ts";
import { recordTicketEvent } from "./ticket-events.ts";
import * as tickets from "./tickets.repository.ts";

/** In the caller's transaction; returns how many tickets went back to the queue. */
export async function returnOpenTicketsToQueue(
  tx: DbClient,
  member: { id: string; name: string },
  actor: StaffActor,
): Promise<number> {
  const ids = await tickets.lockOpenTicketsAssignedTo(tx, member.id, openTicketStatuses);
  for (const id of ids) {
    await tickets.updateTicket(tx, id, { assigneeId: null });
    await recordTicketEvent(tx, id, actor, "assignee_changed", {
      before: { id: member.id, name: member.name },
      after: null,
    });
  }
  return ids.length;
}
