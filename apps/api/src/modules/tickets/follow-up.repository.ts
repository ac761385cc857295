// The ticket side of follow-up: when a pending ticket started waiting on the customer, its reminder,
// and snoozing. The settings live in modules/follow-up.
import type { DbClient as Db } from "../../db/prisma.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/** A pending ticket's follow-up state: since when it waits, when it was reminded, snoozed until. */
export interface FollowUpState {
  id: string;
  status: string;
  /** The later of the move to pending and the team's last public reply (null: neither recorded). */
  waitingSince: Date | null;
  remindedAt: Date | null;
  snoozedUntil: Date | null;
}

const stateQuery = (where: Prisma.Sql) => Prisma.sql`
  SELECT t.id, t.status::text AS status, t.follow_up_reminded_at AS "remindedAt",
         t.snoozed_until AS "snoozedUntil",
         GREATEST(
           (SELECT max(e.created_at) FROM ticket_events e
             WHERE e.ticket_id = t.id AND e.type = 'status_changed' AND e.after = '"pending"'::jsonb),
           (SELECT max(m.created_at) FROM ticket_messages m
             WHERE m.ticket_id = t.id AND m.author_kind = 'staff' AND m.internal = false)
         ) AS "waitingSince"
  FROM tickets t WHERE ${where}`;

/**
 * Pending tickets, not snoozed at `now`, whose reminder is due (waiting since before `remindBefore`
 * and not reminded in this wait) or whose solving is due (reminded in this wait before `solveBefore`).
 */
export async function listFollowUpDue(
  db: Db,
  at: { now: Date; remindBefore: Date; solveBefore: Date; limit: number },
): Promise<FollowUpState[]> {
  return db.$queryRaw<FollowUpState[]>`
    SELECT * FROM (${stateQuery(Prisma.sql`t.status = 'pending' AND (t.snoozed_until IS NULL OR t.snoozed_until <= ${at.now})`)}) s
    WHERE s."waitingSince" IS NOT NULL
      AND ((s."remindedAt" IS NULL OR s."remindedAt" < s."waitingSince") AND s."waitingSince" <= ${at.remindBefore}
        OR s."remindedAt" >= s."waitingSince" AND s."remindedAt" <= ${at.solveBefore})
    ORDER BY s."waitingSince", s.id
    LIMIT ${at.limit}`;
}

/** One ticket's state, read again under its row lock before acting on it. */
export async function findFollowUpState(db: Db, id: string): Promise<FollowUpState | null> {
  const rows = await db.$queryRaw<FollowUpState[]>`${stateQuery(Prisma.sql`t.id = ${id}::uuid`)}`;
  return rows[0] ?? null;
}

export async function markReminded(db: Db, id: string, at: Date): Promise<void> {
  await db.ticket.update({ where: { id }, data: { followUpRemindedAt: at }, select: { id: true } });
}

export async function findSnooze(db: Db, id: string) {
  return db.ticket.findUniqueOrThrow({ where: { id }, select: { status: true, snoozedUntil: true } });
}

export async function setSnooze(db: Db, id: string, until: Date | null): Promise<void> {
  await db.ticket.update({ where: { id }, data: { snoozedUntil: until }, select: { id: true } });
}

/** Ends a snooze still running at `now`; returns its end if there was one. */
export async function endSnooze(db: Db, id: string, now: Date): Promise<Date | null> {
  const rows = await db.$queryRaw<{ until: Date }[]>`
    UPDATE tickets t SET snoozed_until = NULL
    FROM (SELECT id, snoozed_until FROM tickets WHERE id = ${id}::uuid FOR UPDATE) old
    WHERE t.id = old.id AND old.snoozed_until > ${now}
    RETURNING old.snoozed_until AS until`;
  return rows[0]?.until ?? null;
}
