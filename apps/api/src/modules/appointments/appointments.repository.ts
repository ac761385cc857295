// The only place that queries appointments and appointment_settings.
import type { DbClient } from "../../db/prisma.ts";

type Db = DbClient;

export const DEFAULT_SETTINGS = { slotMinutes: 30, capacity: 2 };

export async function findSettings(db: Db) {
  const row = await db.appointmentSettings.findUnique({
    where: { id: 1 },
    select: { slotMinutes: true, capacity: true },
  });
  return row ?? DEFAULT_SETTINGS;
}

export function saveSettings(db: Db, settings: { slotMinutes: number; capacity: number }) {
  return db.appointmentSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...settings },
    update: settings,
    select: { slotMinutes: true, capacity: true },
  });
}

/**
 * Claims one place of a slot until the caller's transaction ends, without waiting: false when another
 * booking in progress holds it. A booking never queues behind others, so a full slot answers at once.
 */
export async function tryLockPlace(tx: Db, startsAt: Date, place: number) {
  const key = `appointments:${startsAt.toISOString()}:${place}`;
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
  return row?.locked === true;
}

/** The places of a slot taken by committed appointments. */
export async function listPlacesTaken(db: Db, startsAt: Date) {
  const rows = await db.appointment.findMany({ where: { startsAt }, select: { place: true } });
  return new Set(rows.map((row) => row.place));
}

/** Appointments overlapping [from, to) per start time (slots of an earlier length count where they overlap). */
export function listBookedBetween(db: Db, from: Date, to: Date) {
  return db.appointment.findMany({
    where: { startsAt: { lt: to }, endsAt: { gt: from } },
    select: { startsAt: true, endsAt: true },
  });
}

export function insertAppointment(
  tx: Db,
  row: { ticketId: string; startsAt: Date; endsAt: Date; place: number; phone: string },
) {
  return tx.appointment.create({ data: row, select: { id: true, startsAt: true, endsAt: true } });
}

export function findAppointmentOfTicket(db: Db, ticketId: string) {
  return db.appointment.findUnique({
    where: { ticketId },
    select: { id: true, startsAt: true, endsAt: true, phone: true },
  });
}

const appointmentColumns = { id: true, startsAt: true, endsAt: true, phone: true } as const;
const ticketColumns = { id: true, number: true, subject: true, status: true } as const;

/** A day's appointments for staff: the ticket, its customer's name, the number to call. */
export function listAppointmentsBetween(db: Db, from: Date, to: Date) {
  return db.appointment.findMany({
    where: { startsAt: { gte: from, lt: to } },
    orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
    select: {
      ...appointmentColumns,
      ticket: { select: { ...ticketColumns, customer: { select: { name: true } } } },
    },
  });
}

/** Appointments in [from, to) not reminded yet, of tickets still open. */
export function listUnremindedBetween(db: Db, from: Date, to: Date) {
  return db.appointment.findMany({
    where: {
      startsAt: { gte: from, lt: to },
      remindedAt: null,
      ticket: { status: { notIn: ["solved", "closed"] }, customerId: { not: null } },
    },
    select: { id: true, ticketId: true },
    take: 100,
  });
}

/** Marks the reminder as sent; false when another process did so first (it is sent once). */
export async function markReminded(tx: Db, id: string, at: Date) {
  const { count } = await tx.appointment.updateMany({
    where: { id, remindedAt: null },
    data: { remindedAt: at },
  });
  return count === 1;
}

/** Erasure: the appointments of these tickets (the number to call is the customer's). */
export async function deleteAppointmentsOf(tx: Db, ticketIds: string[]) {
  const { count } = await tx.appointment.deleteMany({ where: { ticketId: { in: ticketIds } } });
  return count;
}

/** What the confirmation and reminder e-mails say about an appointment. */
export function findAppointmentForEmail(db: Db, id: string) {
  return db.appointment.findUnique({
    where: { id },
    select: {
      ...appointmentColumns,
      ticket: {
        select: { ...ticketColumns, customer: { select: { name: true, email: true, language: true } } },
      },
    },
  });
}

/**
 * A merged ticket's appointment goes to the ticket it was merged into, unless that one has its own
 * (a ticket has one appointment): then it stays on the merged ticket, where staff still find it.
 */
export async function moveAppointment(tx: Db, fromTicketId: string, toTicketId: string): Promise<boolean> {
  if (await tx.appointment.findUnique({ where: { ticketId: toTicketId }, select: { id: true } }))
    return false;
  const moved = await tx.appointment.updateMany({
    where: { ticketId: fromTicketId },
    data: { ticketId: toTicketId },
  });
  return moved.count > 0;
}
