import {
  getAppointmentSettings,
  getTicketAppointment,
  listAppointmentSlots,
  listAppointments,
  updateAppointmentSettings,
} from "@helpdesk/contracts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../../lib/api-client.ts";

export const appointmentKeys = {
  all: ["appointments"] as const,
  slots: () => [...appointmentKeys.all, "slots"] as const,
  ticket: (id: string) => [...appointmentKeys.all, "ticket", id] as const,
  day: (date: string) => [...appointmentKeys.all, "day", date] as const,
  settings: () => [...appointmentKeys.all, "settings"] as const,
};

/** Free remote-support slots of the coming week (anyone may read them, guests too). */
export const freeSlotsQuery = () =>
  queryOptions({
    queryKey: appointmentKeys.slots(),
    queryFn: ({ signal }) => request(listAppointmentSlots, { query: { days: 7 } }, { signal }),
  });

/** A ticket's appointment; `null` when it has none (the API answers 404). */
export const ticketAppointmentQuery = (id: string) =>
  queryOptions({
    queryKey: appointmentKeys.ticket(id),
    queryFn: ({ signal }) => request(getTicketAppointment, { params: { id } }, { signal }),
    retry: false,
  });

/** A day's appointments for staff ("" = today). */
export const appointmentDayQuery = (date: string) =>
  queryOptions({
    queryKey: appointmentKeys.day(date),
    queryFn: ({ signal }) => request(listAppointments, { query: date ? { date } : {} }, { signal }),
  });

export const appointmentSettingsQuery = () =>
  queryOptions({
    queryKey: appointmentKeys.settings(),
    queryFn: ({ signal }) => request(getAppointmentSettings, {}, { signal }),
  });

export function useSaveAppointmentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { slotMinutes: number; capacity: number }) =>
      request(updateAppointmentSettings, { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(appointmentKeys.settings(), saved);
      return queryClient.invalidateQueries({ queryKey: appointmentKeys.slots() });
    },
  });
}
