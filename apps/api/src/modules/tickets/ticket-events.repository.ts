// The only code that reads and writes the audit trail (ticket_events, which the database keeps
// append-only).
import type { DbClient as Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { staffRef } from "./tickets.repository.ts";

export async function insertTicketEvent(
  db: Db,
  row: {
    ticketId: string;
    type: string;
    actorKind: "guest" | "customer" | "staff" | "system";
    actorCustomerId?: string;
    actorStaffId?: string;
    before?: Prisma.InputJsonValue | undefined;
    after?: Prisma.InputJsonValue | undefined;
  },
): Promise<void> {
  // Nothing is read back: a create would return (and parse) the whole row on every change.
  await db.ticketEvent.createMany({ data: [row] });
}

/** The trail of these tickets together (a ticket and those merged into it), oldest first. */
export async function listTicketEvents(db: Db, ticketIds: string[]) {
  return db.ticketEvent.findMany({
    where: { ticketId: { in: ticketIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      actorKind: true,
      actorStaff: { select: { ...staffRef.select, isApiToken: true } },
      actorCustomer: staffRef,
      before: true,
      after: true,
      createdAt: true,
    },
  });
}
export type TicketEventRow = Awaited<ReturnType<typeof listTicketEvents>>[number];
