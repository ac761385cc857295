// Booking a slot, inside the transaction that files the remote-support ticket: the slot must be one
// the calendar offers now (future, open day, opening hours), and a place (1..capacity) must be free.
// A place is claimed with a transaction-level advisory lock taken without waiting, and stays claimed
// by the committed appointment (unique per slot start and place): a slot never takes more than its
// capacity, also under concurrent bookings, and a booking that finds every place taken or being
// taken answers 409 at once (the ticket is not filed).
import type { DbClient } from "../../db/prisma.ts";
import { AppError } from "../../errors/app-error.ts";
import { loadCalendar } from "../service-levels/service-levels.module.ts";
import { placesLeft, slotAt } from "./appointment-slots.ts";
import * as repository from "./appointments.repository.ts";

const slotProblem = (detail: string) =>
  new AppError("validation_failed", detail, {
    errors: [{ path: "body.details.slotStart", message: detail, code: "slot_unavailable" }],
  });

export interface ReservedPlace {
  startsAt: Date;
  endsAt: Date;
  place: number;
}

/**
 * Claims a place of the slot for the caller's transaction (400 for a slot not offered, 409 when
 * full). Called before the ticket is written, so a refused booking waits on nothing and writes nothing.
 */
export async function reserveSlot(
  tx: DbClient,
  slotStart: string,
  now: Date = new Date(),
): Promise<ReservedPlace> {
  const calendar = await loadCalendar(tx);
  const settings = await repository.findSettings(tx);
  const startsAt = new Date(slotStart);
  if (startsAt.getTime() <= now.getTime()) throw slotProblem("This time has passed: choose a later slot");
  const slot = slotAt(calendar, settings.slotMinutes, startsAt, now);
  if (!slot) throw slotProblem("We are closed then: choose one of the offered slots");
  const full = () => new AppError("conflict", "This slot has just been fully booked: choose another one");
  // Appointments of an earlier slot length that overlap this slot take its places too.
  const booked = await repository.listBookedBetween(tx, slot.startsAt, slot.endsAt);
  if (placesLeft(slot, booked, settings.capacity) === 0) throw full();
  const taken = await repository.listPlacesTaken(tx, slot.startsAt);
  for (let place = 1; place <= settings.capacity; place += 1) {
    if (taken.has(place) || !(await repository.tryLockPlace(tx, slot.startsAt, place))) continue;
    // Committed meanwhile by a booking that held this place until its commit?
    if ((await repository.listPlacesTaken(tx, slot.startsAt)).has(place)) continue;
    return { ...slot, place };
  }
  throw full();
}

/** The appointment of the new ticket, on the place reserved in the same transaction. */
export function bookReservedSlot(tx: DbClient, reserved: ReservedPlace, ticketId: string, phone: string) {
  return repository.insertAppointment(tx, { ...reserved, ticketId, phone });
}
