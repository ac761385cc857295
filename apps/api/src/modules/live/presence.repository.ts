// The only code that queries ticket_presence.
import type { DbClient } from "../../db/prisma.ts";
import { PRESENCE_CHANNEL } from "./live-hub.ts";

export interface Heartbeat {
  ticketId: string;
  staffId: string;
  typingUntil: Date | null;
  expiresAt: Date;
}

/**
 * Records a heartbeat; tells every process's streams (NOTIFY) only when what others see changes:
 * someone arrived, or started or stopped typing. Expired rows of the ticket go on the way.
 */
export async function beat(db: DbClient, heartbeat: Heartbeat, now: Date): Promise<void> {
  const rows = await db.$queryRaw<{ changed: boolean }[]>`
    WITH gone AS (
      DELETE FROM ticket_presence
      WHERE ticket_id = ${heartbeat.ticketId}::uuid AND staff_id <> ${heartbeat.staffId}::uuid AND expires_at <= ${now}
    ), before AS (
      SELECT COALESCE(typing_until > ${now}, false) AS typing FROM ticket_presence
      WHERE ticket_id = ${heartbeat.ticketId}::uuid AND staff_id = ${heartbeat.staffId}::uuid AND expires_at > ${now}
    ), written AS (
      INSERT INTO ticket_presence (ticket_id, staff_id, typing_until, expires_at)
      VALUES (${heartbeat.ticketId}::uuid, ${heartbeat.staffId}::uuid, ${heartbeat.typingUntil}, ${heartbeat.expiresAt})
      ON CONFLICT (ticket_id, staff_id)
      DO UPDATE SET typing_until = EXCLUDED.typing_until, expires_at = EXCLUDED.expires_at
    )
    SELECT NOT EXISTS (SELECT 1 FROM before WHERE typing IS NOT DISTINCT FROM ${heartbeat.typingUntil !== null})
      AS changed`;
  if (rows[0]?.changed) await announce(db, heartbeat.ticketId);
}

export async function leave(db: DbClient, ticketId: string, staffId: string): Promise<void> {
  const { count } = await db.ticketPresence.deleteMany({ where: { ticketId, staffId } });
  if (count > 0) await announce(db, ticketId);
}

async function announce(db: DbClient, ticketId: string) {
  await db.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${ticketId})`;
}

/** Who has the ticket open now, the caller left out, longest there first. */
export function listViewers(db: DbClient, ticketId: string, exceptStaffId: string, now: Date) {
  return db.ticketPresence.findMany({
    where: { ticketId, staffId: { not: exceptStaffId }, expiresAt: { gt: now } },
    orderBy: { staff: { name: "asc" } },
    select: { staffId: true, typingUntil: true, staff: { select: { name: true } } },
  });
}

/** Who has any of the tickets open now, the caller left out: the queue's rows in one query. */
export function listViewersOfTickets(db: DbClient, ticketIds: string[], exceptStaffId: string, now: Date) {
  return db.ticketPresence.findMany({
    where: { ticketId: { in: ticketIds }, staffId: { not: exceptStaffId }, expiresAt: { gt: now } },
    orderBy: [{ ticketId: "asc" }, { staff: { name: "asc" } }],
    select: { ticketId: true, staffId: true, typingUntil: true, staff: { select: { name: true } } },
  });
}
