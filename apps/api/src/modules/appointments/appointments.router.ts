import {
  getAppointmentSettings,
  getTicketAppointment,
  listAppointmentSlots,
  listAppointments,
  updateAppointmentSettings,
} from "@helpdesk/contracts";
import { signedInActorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { Appointments } from "./appointments.service.ts";

export function appointmentRoutes(appointments: Appointments) {
  return [
    route(listAppointmentSlots, async ({ query }) => ({
      status: 200,
      body: await appointments.freeSlots(query),
    })),
    route(getTicketAppointment, async ({ params, res }) => ({
      status: 200,
      body: await appointments.ofTicket(signedInActorOf(res), params.id),
    })),
    route(listAppointments, async ({ query, res }) => ({
      status: 200,
      body: await appointments.day(signedInActorOf(res), query.date),
    })),
    route(getAppointmentSettings, async ({ res }) => ({
      status: 200,
      body: await appointments.settings(signedInActorOf(res)),
    })),
    route(updateAppointmentSettings, async ({ body, res }) => ({
      status: 200,
      body: await appointments.saveSettings(signedInActorOf(res), body),
    })),
  ];
}
