import { z } from "zod";
import { ticketNumberSchema, ticketStatusSchema } from "../tickets/ticket-attributes.ts";
import { phoneNumberSchema } from "../tickets/ticket-category-details.ts";

// Remote-support appointments: free slots cut from the service calendar's opening hours, booked
// with a remote-support ticket, listed for staff per day.

/** How many days ahead the slot list reaches at most. */
export const MAX_SLOT_DAYS = 14;

export const appointmentSlotsQuerySchema = z.object({
  /** The first local day (Europe/Amsterdam) to list; default today. */
  from: z.iso.date().optional(),
  days: z.coerce.number().int().min(1).max(MAX_SLOT_DAYS).default(7),
});

export const appointmentSlotSchema = z
  .object({
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    /** Places left in the slot (only slots with a place are listed). */
    free: z.number().int().min(1),
  })
  .meta({ id: "AppointmentSlot" });

export const appointmentSlotListSchema = z
  .object({
    timeZone: z.string().meta({ examples: ["Europe/Amsterdam"] }),
    slotMinutes: z.number().int(),
    items: z.array(appointmentSlotSchema),
  })
  .meta({ id: "AppointmentSlotList" });

export const appointmentSettingsSchema = z
  .object({
    /** Length of one slot in minutes. */
    slotMinutes: z
      .number()
      .int()
      .min(10)
      .max(240)
      .meta({ examples: [30] }),
    /** Appointments one slot can take: the staff available for remote support at once. */
    capacity: z
      .number()
      .int()
      .min(1)
      .max(50)
      .meta({ examples: [2] }),
  })
  .meta({ id: "AppointmentSettings" });

/** A ticket's appointment, as its customer and staff see it (no staff names). */
export const ticketAppointmentSchema = z
  .object({
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    phone: phoneNumberSchema,
  })
  .meta({ id: "TicketAppointment" });

export const appointmentDayQuerySchema = z.object({
  /** A local day (Europe/Amsterdam); default today. */
  date: z.iso.date().optional(),
});

/** Staff's list of a day's appointments: who to call, when, about which ticket. */
export const staffAppointmentSchema = z
  .object({
    id: z.uuid(),
    ticketId: z.uuid(),
    ticketNumber: ticketNumberSchema,
    ticketStatus: ticketStatusSchema,
    subject: z.string(),
    customerName: z.string().nullable(),
    phone: phoneNumberSchema,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
  })
  .meta({ id: "StaffAppointment" });

export const appointmentDaySchema = z
  .object({ date: z.iso.date(), items: z.array(staffAppointmentSchema) })
  .meta({ id: "AppointmentDay" });
