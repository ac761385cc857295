// What staff and customers read of appointments (free slots, a ticket's appointment, a day's list)
// and the admins' settings. Booking is part of filing the ticket (appointment-booking.ts).
import type { Database } from "../../db/prisma.ts";
import { denyAsNotFound, requireStaff, ticketAccess, worksTickets } from "../identity/access-policy.ts";
import type { Actor, SignedInActor } from "../identity/actor.ts";
import { loadCalendar, localDateOf, startOfLocalDate } from "../service-levels/service-levels.module.ts";
import { findTicketAccessFacts, formatTicketNumber } from "../tickets/ticket-billing-facts.ts";
import { addDays, placesLeft, slotsOf } from "./appointment-slots.ts";
import * as repository from "./appointments.repository.ts";

const appointmentSettingsEditors = (role: string) => role === "admin";

export function createAppointments({ db, now = () => new Date() }: { db: Database; now?: () => Date }) {
  return {
    async freeSlots(query: { from?: string | undefined; days: number }) {
      const calendar = await loadCalendar(db);
      const settings = await repository.findSettings(db);
      const today = localDateOf(calendar, now());
      const from = query.from && query.from > today ? query.from : today;
      const slots = slotsOf(calendar, settings.slotMinutes, from, query.days, now());
      const first = slots[0];
      const last = slots.at(-1);
      const booked = first && last ? await repository.listBookedBetween(db, first.startsAt, last.endsAt) : [];
      return {
        timeZone: calendar.timeZone,
        slotMinutes: settings.slotMinutes,
        items: slots
          .map((slot) => ({ slot, free: placesLeft(slot, booked, settings.capacity) }))
          .filter(({ free }) => free > 0)
          .map(({ slot, free }) => ({
            startsAt: slot.startsAt.toISOString(),
            endsAt: slot.endsAt.toISOString(),
            free,
          })),
      };
    },

    async ofTicket(actor: Actor, ticketId: string) {
      const ticket = await findTicketAccessFacts(db, ticketId);
      const access = ticket ? ticketAccess(actor, ticket) : "none";
      if (access !== "customer" && access !== "staff") denyAsNotFound();
      const appointment = await repository.findAppointmentOfTicket(db, ticketId);
      if (!appointment) denyAsNotFound();
      return {
        startsAt: appointment.startsAt.toISOString(),
        endsAt: appointment.endsAt.toISOString(),
        phone: appointment.phone,
      };
    },

    async day(actor: SignedInActor, date: string | undefined) {
      if (actor.kind !== "staff" || !worksTickets(actor.role)) denyAsNotFound();
      const calendar = await loadCalendar(db);
      const day = date ?? localDateOf(calendar, now());
      const rows = await repository.listAppointmentsBetween(
        db,
        startOfLocalDate(calendar, day),
        startOfLocalDate(calendar, addDays(day, 1)),
      );
      return {
        date: day,
        items: rows.map((row) => ({
          id: row.id,
          ticketId: row.ticket.id,
          ticketNumber: formatTicketNumber(row.ticket.number),
          ticketStatus: row.ticket.status,
          subject: row.ticket.subject,
          customerName: row.ticket.customer?.name ?? null,
          phone: row.phone,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        })),
      };
    },

    async settings(actor: SignedInActor) {
      requireStaff(actor, appointmentSettingsEditors);
      return repository.findSettings(db);
    },

    async saveSettings(actor: SignedInActor, settings: { slotMinutes: number; capacity: number }) {
      requireStaff(actor, appointmentSettingsEditors);
      return repository.saveSettings(db, settings);
    },
  };
}
export type Appointments = ReturnType<typeof createAppointments>;
