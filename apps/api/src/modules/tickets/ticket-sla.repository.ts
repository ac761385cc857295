// Queries over the tickets' service-level columns: recomputation in batches, the report, and the
// warning and escalation jobs' claims (one row at a time, FOR UPDATE SKIP LOCKED).

import { openTicketStatuses } from "@helpdesk/contracts";
import type { DbClient as Db } from "../../db/prisma.ts";

/** Ids of the tickets not closed yet whose clocks were started, in id order, after `afterId`. */
export async function listOpenTicketIds(db: Db, afterId: string | null, take: number) {
  const rows = await db.ticket.findMany({
    where: {
      status: { in: [...openTicketStatuses, "solved"] },
      ...(afterId ? { id: { gt: afterId } } : {}),
    },
    orderBy: { id: "asc" },
    take,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** What the report needs of the tickets filed from `since` on that have a service level. */
export async function listFirstResponseFacts(db: Db, since: Date) {
  return db.ticket.findMany({
    where: { createdAt: { gte: since }, slaLevel: { not: null } },
    select: { createdAt: true, slaLevel: true, firstRespondedAt: true, slaBreached: true },
  });
}

/**
 * Claims the ticket whose service-level mark (`warn`: a warning is due; `escalate`: a target is due)
 * passed longest ago, locking its row for the caller's transaction; rows other processes hold are
 * skipped, so each ticket is handled by one process. Null when there is none.
 */
export async function claimDueTicket(db: Db, mark: "warn" | "escalate", now: Date): Promise<string | null> {
  const rows =
    mark === "warn"
      ? await db.$queryRaw<{ id: string }[]>`
          SELECT id FROM tickets WHERE sla_warn_at <= ${now}
          ORDER BY sla_warn_at LIMIT 1 FOR UPDATE SKIP LOCKED`
      : await db.$queryRaw<{ id: string }[]>`
          SELECT id FROM tickets WHERE sla_escalate_at <= ${now}
          ORDER BY sla_escalate_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
  return rows[0]?.id ?? null;
}
