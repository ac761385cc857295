// Which audit events notify staff (the bell, and e-mail per their preferences), decided in the
// transaction of the change: an assignment tells the new assignee; a customer's reply tells the
// ticket's assignee; a new ticket nobody has tells the team; an internal note tells whom it
// mentions. Nobody is told of their own change (modules/notifications/notification-events.ts).
import type { DbClient } from "../../db/prisma.ts";
import { notifyMentioned, notifyStaff, notifyTeam } from "../notifications/notification-events.ts";
import type { EventActor } from "./ticket-events.ts";
import { findMessageForNotice } from "./ticket-messages.repository.ts";
import { findTicketState } from "./tickets.repository.ts";

export async function noticeStaffOf(
  tx: DbClient,
  ticketId: string,
  actor: EventActor,
  type: string,
  after: unknown,
): Promise<void> {
  const actorStaffId = actor.kind === "staff" ? actor.id : null;
  switch (type) {
    case "assignee_changed": {
      const assignee = after as { id?: string } | null;
      if (!assignee?.id) return;
      await notifyStaff(tx, { kind: "assigned", ticketId, actorStaffId, text: "" }, [assignee.id]);
      return;
    }
    case "created": {
      await notifyTeam(tx, { kind: "unassigned_ticket", ticketId, actorStaffId }, async () => {
        const { assignee } = await findTicketState(tx, ticketId);
        if (assignee) return null;
        return (await findMessageForNotice(tx, ticketId))?.body ?? "";
      });
      return;
    }
    case "message_added": {
      const { messageId } = after as { messageId: string };
      const message = await findMessageForNotice(tx, ticketId, messageId);
      if (!message) return;
      if (message.internal) {
        await notifyMentioned(tx, { ticketId, actorStaffId, text: message.body });
        return;
      }
      if (message.authorKind !== "customer") return;
      const { assignee } = await findTicketState(tx, ticketId);
      if (!assignee) return;
      await notifyStaff(tx, { kind: "customer_replied", ticketId, actorStaffId, text: message.body }, [
        assignee.id,
      ]);
      return;
    }
  }
}
