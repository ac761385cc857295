import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { ticketIdParamsSchema } from "../tickets/ticket-queries.ts";
import {
  appointmentDayQuerySchema,
  appointmentDaySchema,
  appointmentSettingsSchema,
  appointmentSlotListSchema,
  appointmentSlotsQuerySchema,
  ticketAppointmentSchema,
} from "./appointments.schemas.ts";

export const listAppointmentSlots = defineEndpoint({
  method: "GET",
  path: "/appointment-slots",
  summary:
    "Free remote-support slots (anyone, guests too): within the service calendar's opening hours, none in the past or on a closed day, only those with a place left",
  tag: "Appointments",
  query: appointmentSlotsQuerySchema,
  responses: { 200: appointmentSlotListSchema, 400: problemSchema },
});

export const getTicketAppointment = defineEndpoint({
  method: "GET",
  path: "/tickets/:id/appointment",
  summary: "The remote-support appointment booked with a ticket: for its customer and staff who work tickets",
  tag: "Appointments",
  params: ticketIdParamsSchema,
  responses: { 200: ticketAppointmentSchema, 401: problemSchema, 404: problemSchema },
});

export const listAppointments = defineEndpoint({
  method: "GET",
  path: "/appointments",
  summary:
    "A day's remote-support appointments, earliest first, with the number to call (staff who work tickets)",
  tag: "Appointments",
  query: appointmentDayQuerySchema,
  responses: { 200: appointmentDaySchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});

export const getAppointmentSettings = defineEndpoint({
  method: "GET",
  path: "/appointments/settings",
  summary: "Slot length and staff capacity per slot of remote-support appointments (admins)",
  tag: "Appointments",
  responses: { 200: appointmentSettingsSchema, 401: problemSchema, 404: problemSchema },
});

export const updateAppointmentSettings = defineEndpoint({
  method: "PUT",
  path: "/appointments/settings",
  summary: "Set the slot length and staff capacity per slot (admins); booked appointments keep their times",
  tag: "Appointments",
  body: appointmentSettingsSchema,
  responses: { 200: appointmentSettingsSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
});
